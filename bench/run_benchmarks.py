#!/usr/bin/env python3
"""CampDesk benchmarks against references measured in the same run.

Builds nothing itself (scripts/campdesk.sh bench does the Release build);
runs every benchmark from a Release build folder and prints a table
(figure, CampDesk, reference, ratio, target, met) and writes it as JSON.

Rows so far:
  chat import end to end  vs  sqlite3 shell .import of the same messages
                              (pre-parsed to CSV) into an equivalent indexed table
  import peak memory      target <= 300 MB
  WhatsApp parsing alone  vs  npm whatsapp-chat-parser on the same file
  workspace size on disk  vs  the sqlite3 reference table's file
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def timed(command, cwd=None):
    """Wall seconds and peak resident MB of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read()
    err = process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[0]} failed: {err or out}")
    return elapsed, usage.ru_maxrss / 1024.0, out


def median_of(samples):
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "runs": len(samples)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build-release", help="Release build folder")
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--messages", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=5, help="measured runs after one warm-up")
    parser.add_argument("--json", default="benchmark-results.json")
    parser.add_argument("--npm-dir", default=None, help="where whatsapp-chat-parser is (installed when missing)")
    args = parser.parse_args()

    cli = os.path.join(args.build, "app", "campdesk-cli")
    parse_bench = os.path.join(args.build, "bench", "campdesk_bench_parse")
    for tool in (cli, parse_bench):
        if not os.access(tool, os.X_OK):
            sys.exit(f"{tool} is missing: build {args.build} in Release first (scripts/campdesk.sh bench)")
    sqlite = shutil.which("sqlite3")
    node = shutil.which("node")
    if not sqlite:
        sys.exit("the sqlite3 shell is missing (Debian package sqlite3)")

    work = tempfile.mkdtemp(prefix="campdesk-bench-")
    rows = []
    try:
        env_home = {"HOME": work, "XDG_DATA_HOME": os.path.join(work, "data")}
        os.environ.update(env_home)
        chat = os.path.join(work, "chat.txt")
        roster = os.path.join(work, "roster.csv")
        common = ["--members", str(args.members), "--days", str(args.days), "--messages", str(args.messages)]
        run([cli, "generate", "--format", "whatsapp", *common, "-o", chat])
        run([cli, "generate", "--format", "roster", *common, "-o", roster])
        chat_mb = os.path.getsize(chat) / 1e6

        # A workspace with the camp and its roster, copied fresh for each run.
        base = os.path.join(work, "base.campdesk")
        last_day = time.strftime("%Y-%m-%d", time.gmtime(time.mktime((2027, 3, 1, 12, 0, 0, 0, 0, 0)) + (args.days - 1) * 86400))
        run([cli, "camps", "create", "--name", "Benchmark camp", "--course-start", "2027-03-01", "--course-end", last_day,
             "--workspace", base])
        run([cli, "roster", "import", "--camp", "1", roster, "--workspace", base])

        import_times, import_rss = [], []
        imported = None
        for index in range(args.runs + 1):
            target = os.path.join(work, f"run{index}.campdesk")
            shutil.copy(base, target)
            seconds, rss, out = timed([cli, "import", "--camp", "1", "--json", "--workspace", target, chat])
            if index == 0:
                summary = json.loads(out)
                if summary["messages_added"] < args.messages:
                    raise RuntimeError(f"import added only {summary['messages_added']} messages")
                if summary["unmatched_identities"]:
                    raise RuntimeError("the generated roster should match every sender")
                continue  # warm-up
            import_times.append(seconds)
            import_rss.append(rss)
            if imported:
                os.remove(imported)
            imported = target

        # The reference: the same messages as a parser gives them (sender,
        # time, camp day, kind, text, de-duplication key) in CSV, loaded by the
        # sqlite3 shell's .import into a table indexed for the same questions:
        # one message per key, and a member's messages by day.
        csv_path = os.path.join(work, "messages.csv")
        with open(csv_path, "w") as handle:
            subprocess.run([sqlite, "-csv", imported,
                            "SELECT ifnull(i.display_name, ''), m.sent_at, m.day, m.kind, m.body, m.source_key"
                            " FROM chat_messages m LEFT JOIN chat_identities i ON i.id = m.identity_id ORDER BY m.id"],
                           check=True, stdout=handle)
        schema = ("CREATE TABLE messages (sender TEXT NOT NULL, sent_at INTEGER NOT NULL, day TEXT NOT NULL,"
                  " kind TEXT NOT NULL, body TEXT NOT NULL, source_key INTEGER NOT NULL);"
                  "CREATE UNIQUE INDEX messages_source ON messages(source_key);"
                  "CREATE INDEX messages_sender ON messages(sender, day);")
        reference_times = []
        reference_db = None
        for index in range(args.runs + 1):
            target = os.path.join(work, f"ref{index}.db")
            run([sqlite, target, "PRAGMA journal_mode=WAL;" + schema])
            seconds, _, _ = timed([sqlite, target, f".import --csv {csv_path} messages"])
            if index > 0:
                reference_times.append(seconds)
                reference_db = target
        campdesk = median_of(import_times)
        reference = median_of(reference_times)
        rows.append({"figure": f"Chat import end to end, {args.messages:,} WhatsApp messages ({chat_mb:.0f} MB)",
                     "campdesk": campdesk, "reference": reference, "unit": "s",
                     "ratio": campdesk["median"] / reference["median"], "target": "ratio <= 1.0",
                     "met": campdesk["median"] <= reference["median"]})
        peak = max(import_rss)
        rows.append({"figure": "Peak resident memory of that import", "campdesk": median_of(import_rss),
                     "reference": None, "unit": "MB", "ratio": None, "target": "<= 300 MB", "met": peak <= 300})
        size = os.path.getsize(imported) / 1e6
        reference_size = os.path.getsize(reference_db) / 1e6
        rows.append({"figure": "Workspace size on disk after the import", "campdesk": {"median": size},
                     "reference": {"median": reference_size}, "unit": "MB", "ratio": size / reference_size,
                     "target": "ratio <= 1.0", "met": size <= reference_size})

        # Parsing alone, side by side with the npm package.
        _, parse_rss, out = timed([parse_bench, chat, str(args.runs)])
        ours = json.loads(out)
        if node:
            npm_dir = args.npm_dir or os.path.join(work, "npm")
            if not os.path.isdir(os.path.join(npm_dir, "node_modules", "whatsapp-chat-parser")):
                os.makedirs(npm_dir, exist_ok=True)
                run(["npm", "install", "--prefix", npm_dir, "--no-audit", "--no-fund", "whatsapp-chat-parser@4"])
            script = os.path.join(HERE, "whatsapp_chat_parser.mjs")
            _, node_rss, out = timed([node, "--max-old-space-size=16384", script, chat, str(args.runs)], cwd=npm_dir)
            theirs = json.loads(out)
            rows.append({"figure": "WhatsApp parsing alone (same file)",
                         "campdesk": {"median": ours["parse_ms"] / 1000, "min": ours["min_ms"] / 1000, "max": ours["max_ms"] / 1000},
                         "reference": {"median": theirs["parse_ms"] / 1000, "min": theirs["min_ms"] / 1000, "max": theirs["max_ms"] / 1000},
                         "unit": "s", "ratio": ours["parse_ms"] / theirs["parse_ms"], "target": ">= 10x faster (ratio <= 0.1)",
                         "met": ours["parse_ms"] * 10 <= theirs["parse_ms"],
                         "note": f"{ours['messages']:,} vs {theirs['messages']:,} messages"})
            rows.append({"figure": "Parsing peak memory", "campdesk": {"median": parse_rss}, "reference": {"median": node_rss},
                         "unit": "MB", "ratio": parse_rss / node_rss, "target": "<= 1/4 (ratio <= 0.25)",
                         "met": parse_rss * 4 <= node_rss})
    finally:
        shutil.rmtree(work, ignore_errors=True)

    machine = f"{platform.node()} · {os.cpu_count()} cores · {platform.platform()}"
    print(f"CampDesk benchmarks — {machine}; medians of {args.runs} runs after a warm-up")
    print(f"{'figure':58} {'CampDesk':>12} {'reference':>12} {'ratio':>7}  {'target':28} met")
    for row in rows:
        ours = "%.2f%s" % (row["campdesk"]["median"], row["unit"])
        ref = "%.2f%s" % (row["reference"]["median"], row["unit"]) if row["reference"] else "-"
        ratio = "%.2f" % row["ratio"] if row["ratio"] is not None else "-"
        met = "yes" if row["met"] else "NO"
        print(f"{row['figure'][:58]:58} {ours:>12} {ref:>12} {ratio:>7}  {row['target']:28} {met}")
    with open(args.json, "w") as handle:
        json.dump({"machine": machine, "runs": args.runs, "rows": rows}, handle, indent=2, ensure_ascii=False)
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
