#!/usr/bin/env python3
"""Writes the result file of benchmarks/run.sh from Gatling's own reports.

For every measured Gatling run the manifest (tab-separated, one line per run/app/scenario) names the report folder,
the Gatling console output, the application's CPU seconds during the scenario and the application's log. Numbers
come from the statistics table of Gatling's report (index.html: count, OK, KO, Cnt/s, 50th/95th/99th percentile —
Gatling 3.14 writes no stats.json any more) and the "Errors" block of Gatling's console summary; nothing is
measured here.
"""
import argparse
import datetime
import html
import os
import platform
import re
import statistics
import subprocess
from collections import Counter, OrderedDict

# ---- Gatling report ----

ROW = re.compile(r'<tr id="(?P<id>[^"]+)"[^>]*>(?P<body>.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">(?P<name>.*?)</span>', re.S)
CELL = re.compile(r'<td class="value (?:total|ok|ko) col-(?P<col>\d+)">(?P<value>[^<]*)</td>')
# columns of Gatling 3.14's statistics table (index.html)
COLUMNS = {2: "total", 3: "ok", 4: "ko", 6: "rps", 7: "min", 8: "p50", 9: "p75", 10: "p95", 11: "p99", 12: "max",
           13: "mean"}


def number(text):
    text = text.strip().replace(",", "")
    if text in ("", "-"):
        return None
    return float(text)


def read_report(report_dir):
    """{request name: {total, ok, ko, rps, p50, p95, p99, …}} from the report's statistics table."""
    with open(os.path.join(report_dir, "index.html"), encoding="utf-8") as f:
        page = f.read()
    stats = OrderedDict()
    for row in ROW.finditer(page):
        name = NAME.search(row.group("body"))
        cells = {int(c.group("col")): number(c.group("value")) for c in CELL.finditer(row.group("body"))}
        if not name or not cells:
            continue
        label = html.unescape(name.group("name")).strip()
        stats[label] = {key: cells.get(col) for col, key in COLUMNS.items()}
    if not stats:
        raise SystemExit("no statistics table in " + report_dir)
    return stats


def read_errors(console_log):
    """The last "---- Errors ----" block of Gatling's console output: [(message, count)]."""
    with open(console_log, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    errors, block = [], None
    for line in lines:
        if line.startswith("---- Errors"):
            block = []
            continue
        if block is not None:
            if line.startswith("=") or line.startswith("---- "):
                errors, block = block, None
                continue
            m = re.match(r"> (.*?)\s+(\d[\d,]*)\s+\(\s*[\d.]+%\)\s*$", line)
            if m:
                block.append((m.group(1).strip(), int(m.group(2).replace(",", ""))))
            elif line.strip() and block:
                block[-1] = (block[-1][0] + " " + line.strip(), block[-1][1])
    if block:
        errors = block
    return errors


# ---- application logs ----

LOG_LINE = re.compile(r"^\S+T\S+\s+(?P<level>ERROR|WARN)\s+\d+\s+---\s+\[[^\]]*\]\s+\[\s*(?P<thread>[^\]]*)\]\s+"
                      r"(?P<logger>\S+)\s+:\s+(?P<message>.*)$")


def scan_app_log(path):
    """(counts by level, Counter of 'LEVEL logger: message' with numbers and ids masked, exception class lines)."""
    levels, messages, exceptions = Counter(), Counter(), Counter()
    if not os.path.exists(path):
        return levels, messages, exceptions
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = LOG_LINE.match(line)
            if m:
                levels[m.group("level")] += 1
                text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f-]{14,}", "<id>", m.group("message"))
                text = re.sub(r"\d+", "N", text)[:300]
                messages[m.group("level") + " " + m.group("logger") + ": " + text] += 1
            elif re.match(r"^(Caused by: )?[a-zA-Z_$][\w$.]*(Exception|Error)(: .*)?$", line):
                exceptions[re.sub(r"\d+", "N", line)[:300]] += 1
    return levels, messages, exceptions


# ---- comparisons ----

# (label, (ours scenario, request), (ref scenario, request))
COMPARISONS = [
    ("intake: POST /api/complaints vs start ref-intake", ("intake", "intake"), ("intake", "intake")),
    ("intake: POST /api/complaints vs start ref-one-service-task", ("intake", "intake"),
     ("one-service-task", "one-service-task")),
    ("read: GET /engine-rest/process-definition/count", ("read-count", "read-count"), ("read-count", "read-count")),
    ("read: GET /api/customers?size=20 vs ref process-definition/count", ("read-customers", "read-customers"),
     ("read-count", "read-count")),
    ("complete: claim", ("complete", "claim"), ("complete", "claim")),
    ("complete: submit-form", ("complete", "submit-form"), ("complete", "submit-form")),
]

REQUESTS = {
    ("ours", "intake"): "POST /api/complaints (huangfang)",
    ("ref", "intake"): "POST /engine-rest/process-definition/key/ref-intake/start",
    ("ref", "one-service-task"): "POST /engine-rest/process-definition/key/ref-one-service-task/start",
    ("ours", "read-count"): "GET /engine-rest/process-definition/count (huangfang)",
    ("ref", "read-count"): "GET /engine-rest/process-definition/count",
    ("ours", "read-customers"): "GET /api/customers?size=20 (wuxia, crm-dept)",
    ("ours", "complete"): "POST /engine-rest/task/{id}/claim, then /submit-form (Task_AssessComplaint)",
    ("ref", "complete"): "POST /engine-rest/task/{id}/claim, then /submit-form (Task_Assess)",
}


def fmt(value, digits=0):
    if value is None:
        return "–"
    if digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def ratio(a, b):
    if a is None or b in (None, 0):
        return None
    return a / b


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    except (OSError, IndexError):
        java = "?"
    return (f"{model}, {os.cpu_count()} CPUs, {mem} RAM, Linux {platform.release()} ({platform.machine()}), "
            f"{java}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--manifest", required=True)
    p.add_argument("--loads")
    p.add_argument("--out", required=True)
    p.add_argument("--smoke", type=int, default=0)
    p.add_argument("--runs", type=int)
    p.add_argument("--duration", type=int)
    p.add_argument("--warmup", type=int)
    p.add_argument("--concurrency", type=int)
    p.add_argument("--jvm-opts", default="")
    p.add_argument("--commit", default="?")
    p.add_argument("--pg", default="?")
    p.add_argument("--work", default="")
    a = p.parse_args()

    # results[run][(app, scenario)] = {"stats": …, "errors": …, "cpu": s, "exhausted": text}
    results, app_logs = OrderedDict(), OrderedDict()
    with open(a.manifest, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            run, app, scenario, report, console, cpu, app_log = line.rstrip("\n").split("\t")
            marker = os.path.join(os.path.dirname(console), "exhausted.txt")
            results.setdefault(int(run), OrderedDict())[(app, scenario)] = {
                "stats": read_report(report),
                "errors": read_errors(console),
                "cpu": float(cpu),
                "exhausted": open(marker).read().strip() if os.path.exists(marker) else None,
            }
            app_logs[(int(run), app)] = app_log
    loads = []
    if a.loads and os.path.exists(a.loads):
        with open(a.loads) as f:
            loads = [line.rstrip("\n").split("\t") for line in f if line.strip()]

    keys = []
    for per_run in results.values():
        for key in per_run:
            if key not in keys:
                keys.append(key)

    def request_rows(per_run_list):
        """Rows (app, scenario, request, metrics) with each metric the median over the given runs."""
        rows = []
        for app, scenario in keys:
            requests = []
            for per_run in per_run_list:
                for name in per_run.get((app, scenario), {}).get("stats", {}):
                    if name != "All Requests" and name not in requests:
                        requests.append(name)
            for request in requests:
                metric = {}
                for m in ("total", "ko", "rps", "p50", "p95", "p99"):
                    metric[m] = median([per_run[(app, scenario)]["stats"][request][m] for per_run in per_run_list
                                        if (app, scenario) in per_run and request in per_run[(app, scenario)]["stats"]])
                cpu_ms = []
                for per_run in per_run_list:
                    r = per_run.get((app, scenario))
                    if r:
                        total = r["stats"].get("All Requests", {}).get("total")
                        if total:
                            cpu_ms.append(r["cpu"] * 1000 / total)
                metric["cpu_ms"] = median(cpu_ms)
                rows.append((app, scenario, request, metric))
        return rows

    def lookup(rows, app, scenario, request):
        for r_app, r_scenario, r_request, metric in rows:
            if (r_app, r_scenario, r_request) == (app, scenario, request):
                return metric
        return None

    def tables(rows, out):
        out.append("| scenario | app | request | req/s | median ms | p95 ms | p99 ms | errors (KO / requests) "
                   "| app CPU ms per request |")
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
        for app, scenario, request, m in rows:
            out.append(f"| {scenario} | {app} | `{request}` | {fmt(m['rps'], 1)} | {fmt(m['p50'])} | {fmt(m['p95'])} "
                       f"| {fmt(m['p99'])} | {fmt(m['ko'])} / {fmt(m['total'])} | {fmt(m['cpu_ms'], 1)} |")
        out.append("")
        out.append("| comparison | throughput ratio ours/ref | p95 ratio ours/ref |")
        out.append("|---|---:|---:|")
        for label, (o_scn, o_req), (r_scn, r_req) in COMPARISONS:
            o, r = lookup(rows, "ours", o_scn, o_req), lookup(rows, "ref", r_scn, r_req)
            if not o or not r:
                continue
            out.append(f"| {label} | {fmt(ratio(o['rps'], r['rps']), 2)} | {fmt(ratio(o['p95'], r['p95']), 2)} |")
        out.append("")

    out = []
    day = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    title = "Comparison benchmark: crm-process vs. bare Camunda 7.24"
    out.append(f"# {title} — {day}{' — SMOKE RUN' if a.smoke else ''}")
    out.append("")
    if a.smoke:
        out.append(f"> **Smoke run of the harness, not a measurement**: {a.runs} run(s) of {a.duration} s per scenario "
                   f"({a.warmup} s warm-up). It shows that `benchmarks/run.sh` works end to end; the numbers are too "
                   "short-lived (and taken on a machine busy with other work) to compare the applications. The "
                   "measurement is `benchmarks/run.sh` with its defaults (3 runs of 60 s).")
        out.append("")
    out.append("Written by `benchmarks/summarize.py` from Gatling's reports; see `benchmarks/README.md` for what is "
               "measured.")
    out.append("")
    out.append("## Setup")
    out.append("")
    out.append(f"- commit: `{a.commit}`")
    out.append(f"- machine: {machine()}; PostgreSQL {a.pg} on the same machine")
    out.append(f"- both applications: packaged jar, `java {a.jvm_opts}`, one at a time, fresh databases every run")
    out.append(f"- load: Gatling 3.14.9, closed workload `constantConcurrentUsers({a.concurrency}).during({a.duration}s)` "
               f"per scenario after {a.warmup} s warm-up per scenario; {a.runs} run(s)")
    for run, app, _, load in loads:
        out.append(f"- load average (1/5/15 min) run {run}, {app}: {load}")
    out.append("")

    runs = list(results.values())
    out.append(f"## Median of {len(runs)} run(s)")
    out.append("")
    out.append("Each number is the median over the runs of that number (the ratios are ratios of the medians). "
               "Throughput ratio > 1: ours serves more requests per second; p95 ratio > 1: ours is slower.")
    out.append("")
    tables(request_rows(runs), out)

    for run, per_run in results.items():
        out.append(f"## Run {run}")
        out.append("")
        tables(request_rows([per_run]), out)
        for (app, scenario), r in per_run.items():
            if r["exhausted"]:
                out.append(f"- {app} {scenario}: **{r['exhausted']}** — the prepared tasks ran out, the scenario "
                           "stopped early (its req/s is over the shortened time)")
            for message, count in r["errors"]:
                out.append(f"- {app} {scenario} error: `{message}` × {count}")
        out.append("")

    out.append("## Errors and application logs")
    out.append("")
    any_error = False
    for run, per_run in results.items():
        for (app, scenario), r in per_run.items():
            for message, count in r["errors"]:
                any_error = True
                out.append(f"- run {run}, {app} {scenario}: `{message}` × {count}")
    if not any_error:
        out.append("- Gatling: no failed request (every response had the expected status) in any measured scenario.")
    for (run, app), path in app_logs.items():
        levels, messages, exceptions = scan_app_log(path)
        out.append(f"- run {run}, {app} log (start-up, warm-up and measurement): {levels.get('ERROR', 0)} ERROR, "
                   f"{levels.get('WARN', 0)} WARN lines, {sum(exceptions.values())} exception lines")
        for message, count in messages.most_common(8):
            out.append(f"  - {count} × `{message.replace('`', chr(39))}`")
        for message, count in exceptions.most_common(5):
            out.append(f"  - {count} × `{message.replace('`', chr(39))}`")
    out.append("")
    if a.work:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(a.out))))
        out.append(f"Gatling reports and application logs of this run: `{os.path.relpath(a.work, root)}` "
                   "(not committed).")
        out.append("")

    with open(a.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("\n".join(out))


if __name__ == "__main__":
    main()
