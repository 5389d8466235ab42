#!/usr/bin/env python3
"""Writes the result file of benchmarks/cluster/run-cluster.sh from Gatling's own reports (nothing is measured here).

Manifest lines (tab-separated): run, nodes, scenario, Gatling report folder, Gatling console log, CPU seconds of
all nodes during the scenario.
"""
import argparse
import datetime
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from summarize import fmt, machine, ratio, read_errors, read_report  # noqa: E402

REQUEST = {"intake": "intake", "read-customers": "read-customers"}
LABEL = {"intake": "intake: POST /api/complaints (huangfang)",
         "read-customers": "read: GET /api/customers?size=20 (wuxia)"}


def main():
    p = argparse.ArgumentParser()
    for name in ("--manifest", "--out", "--commit", "--pg", "--nginx", "--jvm-opts"):
        p.add_argument(name, required=name in ("--manifest", "--out"), default="?")
    for name in ("--runs", "--duration", "--warmup", "--concurrency"):
        p.add_argument(name, type=int)
    a = p.parse_args()

    rows = {}  # (scenario, nodes) -> [(run, stats, cpu, errors)]
    for line in open(a.manifest, encoding="utf-8"):
        run, nodes, scenario, report, console, cpu = line.rstrip("\n").split("\t")
        stats = read_report(report).get(REQUEST[scenario]) or {}
        rows.setdefault((scenario, int(nodes)), []).append((int(run), stats, int(cpu), read_errors(console)))

    def median(scenario, nodes, key):
        values = [s.get(key) for _, s, _, _ in rows.get((scenario, nodes), []) if s.get(key) is not None]
        return statistics.median(values) if values else None

    def cpu_per_request(scenario, nodes):
        values = [cpu * 1000.0 / s["ok"] for _, s, cpu, _ in rows.get((scenario, nodes), []) if s.get("ok")]
        return statistics.median(values) if values else None

    out = []
    out.append(f"# Two nodes vs one — {datetime.date.today().isoformat()}")
    out.append("")
    out.append("Written by `benchmarks/cluster/run-cluster.sh` (see benchmarks/README.md \"Cluster\"). Each measurement "
               "recreates the database, starts the packaged jar as one node or as two nodes on it and nginx "
               f"({a.nginx}) in front (round robin); Gatling runs {a.concurrency} users in a closed workload through "
               f"nginx, {a.warmup} s of each scenario to warm up, then {a.duration} s per scenario. {a.runs} run(s); "
               "medians over the runs; the order of 1 and 2 nodes alternates between runs.")
    out.append("")
    out.append(f"- machine: {machine()}")
    out.append(f"- PostgreSQL {a.pg} on the same machine; node JVM options: `{a.jvm_opts}`; commit {a.commit}")
    out.append("")
    out.append("| scenario | nodes | req/s | p50 ms | p95 ms | p99 ms | KO | node CPU ms/req | req/s 2 nodes ÷ 1 node |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for scenario in ("intake", "read-customers"):
        one = median(scenario, 1, "rps")
        for nodes in (1, 2):
            rps = median(scenario, nodes, "rps")
            r = ratio(rps, one) if nodes == 2 else None
            out.append(f"| {LABEL[scenario]} | {nodes} | {fmt(rps, 1)} | {fmt(median(scenario, nodes, 'p50'))} | "
                       f"{fmt(median(scenario, nodes, 'p95'))} | {fmt(median(scenario, nodes, 'p99'))} | "
                       f"{fmt(median(scenario, nodes, 'ko'))} | {fmt(cpu_per_request(scenario, nodes), 1)} | "
                       f"{fmt(r, 2) if r is not None else ''} |")
    out.append("")
    out.append("Per run (req/s):")
    out.append("")
    for (scenario, nodes), items in sorted(rows.items()):
        values = ", ".join(f"run {run}: {fmt(s.get('rps'), 1)}" for run, s, _, _ in sorted(items, key=lambda x: x[0]))
        out.append(f"- {scenario}, {nodes} node(s): {values}")
    errors = [(scenario, nodes, run, e) for (scenario, nodes), items in rows.items() for run, _, _, e in items if e]
    out.append("")
    if errors:
        out.append("Errors reported by Gatling:")
        for scenario, nodes, run, e in errors:
            out.append(f"- {scenario}, {nodes} node(s), run {run}: " + "; ".join(f"{m} ×{n}" for m, n in e))
    else:
        out.append("Gatling reported no failed request.")
    out.append("")
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
