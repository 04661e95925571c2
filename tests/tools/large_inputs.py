#!/usr/bin/env python3
"""The long form of the large-input checks of tests/RELIABILITY.md.

  large_inputs.py --cli build-release/cli/campdesk-cli [--gigabytes 2] [--csv-megabytes 1000]
                  [--telegram-megabytes 1000] [--roster-members 100000]
                  [--roster-bench build-release/bench/campdesk_bench_roster] [--json FILE]
                  [--steps whatsapp,csv,telegram,long-line,roster,hostile]

1. A WhatsApp export of about --gigabytes GB (campdesk-cli generate) is
   imported into a new workspace; so is one a tenth of its size. Peak resident
   memory of both (GNU time) shows whether memory stays bounded: streaming
   keeps the big import's peak close to the small one's, instead of growing
   with the file (reading it whole would need about three times the file).
   The same for a MemoTrace CSV export of about --csv-megabytes MB (written
   here, with multi-line quoted cells) and its tenth: the CSV formats stream
   too, cut between records. And for a Telegram JSON export of about
   --telegram-megabytes MB (campdesk-cli generate) and its tenth: JSON is read
   a piece at a time too, in two passes.
2. A WhatsApp export with one 100 MB line: refused, with the line named.
3. A roster of --roster-members rows: imported, then listed; with
   --roster-bench, the roster view's re-filter on a keystroke over that many
   members (target under 20 ms, as for 5,000).
4. Hostile input (issue 21): /dev/zero as a chat export, a 10 MB and a 30 MB
   CSV of one row with millions of columns (as a chat export and as a
   roster), a 300 MB file without a line break read as QQ, and JSON nested a
   million levels deep. Each is refused with its message, in bounded memory.
Every run is checked: exit code, message count, PRAGMA integrity_check.
--steps runs only some of them (all by default).
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile


def timed(cli, *args):
    """Runs campdesk-cli under GNU time: (exit code, seconds, peak MB, stderr)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", cli, *args], capture_output=True, text=True)
    last = result.stderr.strip().splitlines()[-1].split()
    return result.returncode, float(last[0]), int(last[1]) / 1024.0, result.stderr


def run(cli, *args):
    subprocess.run([cli, *args], check=True, capture_output=True)


def count(path, table):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", path
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # table: one of ours, below
    finally:
        db.close()


def new_workspace(cli, work, name):
    path = os.path.join(work, name + ".campdesk")
    run(cli, "camps", "create", "--name", name, "--course-start", "2027-03-01", "--course-end", "2027-04-29",
        "--workspace", path)
    return path


def generate_chat(cli, path, messages):
    run(cli, "generate", "--format", "whatsapp", "--members", "5000", "--messages", str(messages),
        "--first-day", "2027-03-01", "--days", "60", "-o", path)
    return os.path.getsize(path)


def write_memotrace_csv(path, megabytes):
    """A deterministic MemoTrace CSV: 200 senders, times spread over 60 days, every
    ninth message two lines long with a comma and quotes in a quoted cell."""
    limit = int(megabytes * 2**20)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufefflocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
                  "NickName,Sender\r\n")
        row = 0
        while out.tell() < limit:
            lines = []
            for _ in range(10000):
                row += 1
                sender = row * 7919 % 200
                unix = 1803859200 + row * 37 % (60 * 86400)
                text = f"打卡 第{row % 60 + 1}天" if row % 9 else f"\"第一行, 带逗号\r\n第二行 \"\"{row}\"\"\""
                lines.append(f"{row},5,1,0,0,{unix},,{text},,,成员{sender},wxid_member{sender:04d}\r\n")
            out.write("".join(lines))
    return row


def generate_telegram(cli, path, messages):
    run(cli, "generate", "--format", "telegram", "--members", "5000", "--messages", str(messages),
        "--first-day", "2027-03-01", "--days", "60", "-o", path)
    return os.path.getsize(path)


def import_chat(cli, work, name, chat):
    workspace = new_workspace(cli, work, name)
    code, seconds, peak, err = timed(cli, "import", "--camp", "1", chat, "--workspace", workspace)
    if code != 0:
        sys.exit(f"import of {chat} failed: {err}")
    messages = count(workspace, "chat_messages")
    os.remove(workspace)
    return {"file_mb": round(os.path.getsize(chat) / 2**20), "messages": messages, "seconds": seconds,
            "peak_mb": round(peak)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gigabytes", type=float, default=2.0)
    parser.add_argument("--csv-megabytes", type=float, default=1000.0)
    parser.add_argument("--roster-members", type=int, default=100000)
    parser.add_argument("--roster-bench")
    parser.add_argument("--telegram-megabytes", type=float, default=1000.0)
    parser.add_argument("--json")
    parser.add_argument("--steps", default="whatsapp,csv,telegram,long-line,roster,hostile")
    args = parser.parse_args()
    steps = set(args.steps.split(","))
    unknown = steps - {"whatsapp", "csv", "telegram", "long-line", "roster", "hostile"}
    if unknown:
        sys.exit(f"--steps: unknown {', '.join(sorted(unknown))}")
    cli = os.path.abspath(args.cli)
    results = {}
    checks = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR", "/tmp")) as work:
        if "whatsapp" in steps:
            whatsapp_step(cli, work, args, results, checks)
        if "csv" in steps:
            csv_step(cli, work, args, results, checks)
        if "telegram" in steps:
            telegram_step(cli, work, args, results, checks)
        if "long-line" in steps:
            long_line_step(cli, work, results, checks)
        if "roster" in steps:
            roster_step(cli, work, args, results, checks)
        if "hostile" in steps:
            hostile_step(cli, work, results, checks)

    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)
    ok = all(checks)
    print("large inputs:", "ok" if ok else "FAILED")
    return 0 if ok else 1


def tenth_and_big(cli, work, results, labels, suffix, write):
    """Writes and imports the tenth and the big file (write(path, label) returns what the
    import must count, or None); returns the ratio of their peaks."""
    for label in labels:
        chat = os.path.join(work, label + suffix)
        expected = write(chat, label)
        results[label] = import_chat(cli, work, label, chat)
        if expected is not None:
            results[label]["expected"] = expected
        os.remove(chat)
        print(f"{label}: {results[label]}", flush=True)
    return round(results[labels[1]]["peak_mb"] / results[labels[0]]["peak_mb"], 2)


def whatsapp_step(cli, work, args, results, checks):
    sample = os.path.join(work, "sample.txt")
    per_message = generate_chat(cli, sample, 100000) / 100000
    big_messages = int(args.gigabytes * 2**30 / per_message)
    sizes = {"tenth": big_messages // 10, "big": big_messages}

    def write(path, label):
        generate_chat(cli, path, sizes[label])  # the count is the generator's, not checked here

    results["peak_ratio_big_to_tenth"] = tenth_and_big(cli, work, results, ("tenth", "big"), ".txt", write)
    checks.append(results["peak_ratio_big_to_tenth"] < 1.5)


def csv_step(cli, work, args, results, checks):
    sizes = {"csv_tenth": args.csv_megabytes / 10, "csv_big": args.csv_megabytes}
    results["csv_peak_ratio_big_to_tenth"] = tenth_and_big(
        cli, work, results, ("csv_tenth", "csv_big"), ".csv",
        lambda path, label: write_memotrace_csv(path, sizes[label]))
    checks.append(results["csv_peak_ratio_big_to_tenth"] < 1.5)
    checks.append(all(results[label]["messages"] == results[label]["expected"] for label in ("csv_tenth", "csv_big")))


def telegram_step(cli, work, args, results, checks):
    sample = os.path.join(work, "sample.json")
    per_message = generate_telegram(cli, sample, 100000) / 100000
    os.remove(sample)
    big_messages = int(args.telegram_megabytes * 2**20 / per_message)
    sizes = {"telegram_tenth": big_messages // 10, "telegram_big": big_messages}

    def write(path, label):
        generate_telegram(cli, path, sizes[label])
        return sizes[label]

    results["telegram_peak_ratio_big_to_tenth"] = tenth_and_big(
        cli, work, results, ("telegram_tenth", "telegram_big"), ".json", write)
    checks.append(results["telegram_peak_ratio_big_to_tenth"] < 1.5)
    checks.append(all(results[label]["messages"] == results[label]["expected"]
                      for label in ("telegram_tenth", "telegram_big")))


def long_line_step(cli, work, results, checks):
    long_line = os.path.join(work, "long-line.txt")
    with open(long_line, "wb") as out:
        out.write(b"3/1/27, 20:00 - Amy: hello\n3/1/27, 20:01 - Bob: ")
        block = b"x" * 2**20
        for _ in range(100):
            out.write(block)
        out.write(b"\n3/1/27, 20:02 - Amy: bye\n")
    workspace = new_workspace(cli, work, "line")
    code, seconds, peak, err = timed(cli, "import", "--camp", "1", long_line, "--workspace", workspace)
    refused = code != 0 and "line 2: the line is longer than" in err
    results["long_line"] = {"refused": refused, "seconds": seconds, "peak_mb": round(peak),
                            "messages_after": count(workspace, "chat_messages")}
    print(f"100 MB line: {results['long_line']}", flush=True)
    checks.append(results["long_line"]["refused"] and results["long_line"]["messages_after"] == 0)


def roster_step(cli, work, args, results, checks):
    roster = os.path.join(work, "roster.csv")
    run(cli, "generate", "--format", "roster", "--members", str(args.roster_members), "-o", roster)
    workspace = new_workspace(cli, work, "roster")
    code, seconds, peak, err = timed(cli, "roster", "import", "--camp", "1", "--accept-merges", roster,
                                     "--workspace", workspace)
    if code != 0:
        sys.exit(f"roster import failed: {err}")
    list_code, list_seconds, list_peak, _ = timed(cli, "roster", "list", "--camp", "1", "--workspace", workspace)
    results["roster"] = {"members": count(workspace, "memberships"), "import_seconds": seconds,
                         "import_peak_mb": round(peak), "list_seconds": list_seconds,
                         "list_peak_mb": round(list_peak), "list_ok": list_code == 0}
    if args.roster_bench:
        bench = subprocess.run([args.roster_bench, "--members", str(args.roster_members), "--json"],
                               capture_output=True, text=True, check=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        results["roster"]["refilter"] = json.loads(bench.stdout)
    print(f"roster: {results['roster']}", flush=True)
    checks.append(results["roster"]["members"] == args.roster_members and results["roster"]["list_ok"])


def hostile_step(cli, work, results, checks):
    """Each input of issue 21 refused, with the words that name the limit, in bounded memory."""
    def refused(name, expected, *args):
        workspace = new_workspace(cli, work, name)
        code, seconds, peak, err = timed(cli, *args, "--workspace", workspace)
        said = any(words in err for words in expected)
        results[name] = {"refused": code != 0 and said, "seconds": seconds, "peak_mb": round(peak),
                         "message": err.strip().splitlines()[0] if err.strip() else ""}
        print(f"{name}: {results[name]}", flush=True)
        checks.append(results[name]["refused"] and peak < 600)

    refused("dev_zero", ("not a chat export",), "import", "--camp", "1", "/dev/zero")
    refused("dev_zero_as_whatsapp", ("longer than",), "import", "--camp", "1", "--format", "whatsapp", "/dev/zero")
    for megabytes in (10, 30):
        wide = os.path.join(work, f"wide-{megabytes}.csv")
        with open(wide, "w", encoding="utf-8") as out:
            out.write("localId,TalkerId,Type,SubType,IsSender,CreateTime,StrContent,Sender\n")
            out.write("1," * (megabytes * 2**20 // 2) + "\n")
        refused(f"wide_csv_{megabytes}mb", ("more than 1,000 fields", "longer than 4 MB"), "import", "--camp", "1",
                wide)
        refused(f"wide_roster_{megabytes}mb", ("more than 1,000 fields",), "roster", "import", "--camp", "1", wide)
    lineless = os.path.join(work, "lineless.txt")
    with open(lineless, "wb") as out:
        block = b"y" * 2**20
        for _ in range(300):
            out.write(block)
    refused("qq_300mb_without_lines", ("too big to read whole", "longer than"), "import", "--camp", "1",
            "--format", "qq", lineless)
    deep = os.path.join(work, "deep.json")
    with open(deep, "w") as out:
        out.write('{"name": "x", "messages": ' + "[" * 1000000 + "\n")
    refused("json_nested_a_million_deep", ("nest more than 64 levels",), "import", "--camp", "1",
            "--format", "telegram", deep)


if __name__ == "__main__":
    sys.exit(main())
