#!/usr/bin/env python3
"""Writes the result file of benchmarks/scale/run-scale.sh from Gatling's own reports (nothing is measured here)."""
import argparse
import datetime
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from summarize import fmt, machine, ratio, read_errors, read_report, scan_app_log  # noqa: E402

REQUEST = {"intake": "intake", "task-list": "task-list", "customer-search": "customer-search"}


def main():
    p = argparse.ArgumentParser()
    for name in ("--manifest", "--out", "--counts", "--commit", "--pg", "--jvm-opts", "--app-log", "--timers",
                 "--job-opts"):
        p.add_argument(name, required=name in ("--manifest", "--out"), default="?")
    for name in ("--duration", "--concurrency", "--generate-seconds"):
        p.add_argument(name, type=int)
    a = p.parse_args()

    rows = {}
    for line in open(a.manifest, encoding="utf-8"):
        phase, scenario, report, console = line.rstrip("\n").split("\t")
        stats = read_report(report).get(REQUEST[scenario])
        rows[(phase, scenario)] = (stats, read_errors(console))

    def get(phase, scenario, key):
        stats = rows.get((phase, scenario), (None, None))[0]
        return stats.get(key) if stats else None

    customers, tasks, auths, history = (a.counts.split() + ["?"] * 4)[:4]
    out = [f"# Scale — {datetime.date.today().isoformat()}", "",
           f"`benchmarks/scale/run-scale.sh` at commit `{a.commit}`: {a.concurrency} concurrent users, "
           f"{a.duration} s per scenario, Gatling closed workload. PostgreSQL {a.pg} on the same machine; "
           f"JVM `{a.jvm_opts}`.", "", f"Machine: {machine()}.", "",
           "*empty*: the demo data and the prepared complaints. *large*: after `generate.sql` "
           f"({a.generate_seconds} s): {customers} customers, {tasks} open tasks, {auths} authorizations, "
           f"{history} rows of activity history.", "",
           "| scenario | phase | requests | failed | req/s | p50 ms | p95 ms | p99 ms |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    for scenario in REQUEST:
        for phase in ("empty", "large"):
            out.append(f"| {scenario} | {phase} | {fmt(get(phase, scenario, 'total'))} | "
                       f"{fmt(get(phase, scenario, 'ko'))} | {fmt(get(phase, scenario, 'rps'), 1)} | "
                       f"{fmt(get(phase, scenario, 'p50'))} | {fmt(get(phase, scenario, 'p95'))} | "
                       f"{fmt(get(phase, scenario, 'p99'))} |")
    intake_ratio = ratio(get("empty", "intake", "rps"), get("large", "intake", "rps"))
    list_ratio = ratio(get("large", "task-list", "p95"), get("empty", "task-list", "p95"))

    def verdict(ok):
        return "–" if ok is None else ("met" if ok else "**not met**")

    lp95, sp95 = get("large", "task-list", "p95"), get("large", "customer-search", "p95")
    out += ["", "| target (issue 9, point 4) | measured | |", "|---|---:|---|",
            f"| task list of a group as a staff user, large, p95 ≤ 100 ms | {fmt(lp95)} ms | "
            f"{verdict(None if lp95 is None else lp95 <= 100)} |",
            f"| customer search, large, p95 ≤ 100 ms | {fmt(sp95)} ms | "
            f"{verdict(None if sp95 is None else sp95 <= 100)} |",
            f"| intake rate empty/large ≤ 1.3 | {fmt(intake_ratio, 2)} | "
            f"{verdict(None if intake_ratio is None else intake_ratio <= 1.3)} |",
            f"| task-list p95 large/empty ≤ 1.3 | {fmt(list_ratio, 2)} | "
            f"{verdict(None if list_ratio is None else list_ratio <= 1.3)} |"]
    if a.timers not in ("?", ""):
        due, fired, jobs_twice, instances_twice, p50, p99, mx, left = (a.timers.split() + ["?"] * 8)[:8]
        ok = None
        try:
            ok = float(p99) <= 60 and int(left) == 0 and int(jobs_twice) == 0 and int(instances_twice) == 0
        except ValueError:
            pass
        out += ["", f"Timers (point 5), job executor `{a.job_opts}`: {due} first-response warning timers made due at "
                f"the same second; {fired} fired, {left} still waiting at the end; lateness p50 {p50} s, p99 {p99} s, "
                f"max {mx} s; jobs fired twice: {jobs_twice}, instances whose timer fired twice: {instances_twice} — "
                f"target p99 ≤ 60 s, none twice: {verdict(ok)}."]
    errors = [(phase, scenario, e) for (phase, scenario), (_, errs) in rows.items() for e in errs]
    out += ["", "Failed requests: " + ("none" if not errors else "; ".join(
        f"{phase} {scenario}: {msg} ×{n}" for phase, scenario, (msg, n) in errors))]
    if a.app_log != "?" and os.path.exists(a.app_log):
        levels, messages, exceptions = scan_app_log(a.app_log)
        out += ["", f"Application log: {levels.get('ERROR', 0)} ERROR, {levels.get('WARN', 0)} WARN lines, "
                f"{sum(exceptions.values())} exception lines."]
        out += [f"- {n}× {m}" for m, n in messages.most_common(10)]
        out += [f"- {n}× {e}" for e, n in exceptions.most_common(5)]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
