#!/usr/bin/env python3
"""Kills campdesk-cli with SIGKILL at random moments while it writes, and
checks after each kill that the workspace passes PRAGMA integrity_check and
holds either exactly what it held before or the whole write — never part.

  kill_test.py --cli build-release/cli/campdesk-cli [--kills 20]
               [--messages 200000] [--members 50000] [--seed 1] [--json FILE]

Three writes are tried: a chat import (WhatsApp, --messages messages), a
roster import (--members rows) and plan generation (a 90-day plan from the
training-camp template). Each kill falls at a uniformly random moment
between the start of the process and the end of a full run of the same write
(timed once first), so kills land before, inside and after the transaction.
Prints one line per write and exits 1 on any damaged or partial workspace.
"""
import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time


def run(cli, *args):
    return subprocess.run([cli, *args], check=True, capture_output=True, text=True).stdout


def counts(path, table):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0]
        return ok, db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # table: one of ours, below
    finally:
        db.close()


def full_run_seconds(cli, base, write_args):
    scratch = base + ".timing.campdesk"
    shutil.copy(base, scratch)
    start = time.perf_counter()
    run(cli, *write_args, "--workspace", scratch)
    seconds = time.perf_counter() - start
    _, after = counts(scratch, TABLES[write_args[0]])
    os.remove(scratch)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(scratch + suffix):
            os.remove(scratch + suffix)
    return seconds, after


TABLES = {"import": "chat_messages", "roster": "memberships", "plan": "activities"}


def kill_write(cli, base, write_args, kills, rng, name):
    seconds, complete = full_run_seconds(cli, base, write_args)
    _, before = counts(base, TABLES[write_args[0]])
    work = base + ".kill.campdesk"
    result = {"write": name, "kills": 0, "while_running": 0, "before_start": 0, "after_commit": 0,
              "full_run_seconds": round(seconds, 3), "damaged": 0, "partial": 0}
    for _ in range(kills):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(work + suffix):
                os.remove(work + suffix)
        shutil.copy(base, work)
        process = subprocess.Popen([cli, *write_args, "--workspace", work],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, seconds))
        still_running = process.poll() is None
        process.kill()
        process.wait()
        result["kills"] += 1
        ok, now = counts(work, TABLES[write_args[0]])
        if ok != "ok":
            result["damaged"] += 1
            print(f"{name}: integrity_check says {ok}", flush=True)
        if now == before:
            result["while_running" if still_running else "before_start"] += 1
        elif now == complete:
            result["after_commit"] += 1
        else:
            result["partial"] += 1
            print(f"{name}: {now} rows after a kill (before {before}, complete {complete})", flush=True)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--messages", type=int, default=200000)
    parser.add_argument("--members", type=int, default=50000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as work:
        base = os.path.join(work, "base.campdesk")
        run(cli, "camps", "create", "--name", "Kill", "--course-start", "2027-03-01", "--course-end", "2027-03-21",
            "--workspace", base)
        chat = os.path.join(work, "chat.txt")
        roster = os.path.join(work, "roster.csv")
        run(cli, "generate", "--format", "whatsapp", "--members", "2000", "--messages", str(args.messages),
            "--first-day", "2027-03-01", "--days", "21", "-o", chat)
        run(cli, "generate", "--format", "roster", "--members", str(args.members), "-o", roster)
        writes = [
            ("chat import", ["import", "--camp", "1", chat]),
            ("roster import", ["roster", "import", "--camp", "1", "--accept-merges", roster]),
            ("plan generation", ["plan", "--camp", "1", "--template", "training-camp", "--first-day", "2027-03-01",
                                 "--days", "90"]),
        ]
        results = [kill_write(cli, base, write_args, args.kills, rng, name) for name, write_args in writes]
    failed = False
    for result in results:
        failed = failed or result["damaged"] > 0 or result["partial"] > 0
        print(f"{result['write']}: {result['kills']} kills ({result['while_running']} while it ran, "
              f"{result['before_start']} before it started, {result['after_commit']} after it committed; "
              f"full run {result['full_run_seconds']} s): {result['damaged']} damaged, {result['partial']} partial")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"seed": args.seed, "messages": args.messages, "members": args.members, "results": results},
                      out, indent=2)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
