#!/usr/bin/env python3
"""CampDesk benchmarks against references measured in the same run.

Builds nothing itself (`bash scripts/campdesk.sh bench` does the Release
build, then runs this); runs every benchmark from a Release build folder,
prints a table (row, figure, CampDesk, reference, ratio, target, met) with
the machine it ran on, and writes it as JSON (benchmark-results.json).

Data: `campdesk-cli generate` makes a camp of 5,000 members, 60 days,
1,000,000 WhatsApp messages and 2,000 activities, deterministically.

Rows (the numbering of the benchmark issue):
  1  chat import end to end  vs  sqlite3 shell .import of the same messages
                                 (pre-parsed to CSV) into an equivalent indexed table
  2  WhatsApp parsing alone  vs  npm whatsapp-chat-parser on the same file, and
                                 both sides' peak memory
  3  import peak memory          target <= 300 MB
  4  all dashboard series    vs  the same question asked of raw messages in the
                                 sqlite3 shell (on an indexed copy of the workspace)
  5  cold start to the first painted main window  vs  a minimal Qt Widgets program
  6  month view repaint, roster re-filter, dashboard redraw, 90-day plan generation
  7  workspace size on disk  vs  the sqlite3 reference table's file
  8  chat import into a team workspace on PostgreSQL  vs  psql \copy of row 1's
                                 CSV into an equivalently indexed table, and vs row 1
  9  all dashboard series on PostgreSQL (the big camp pushed to a server)
 10  another operator's change reaching an open window on PostgreSQL (200 check-in
     ticks and clears)  vs  the server's round trip; target p95 < 1 s
 11  a simulated team: 10 operator processes, 60 changes a minute each for 5 minutes
     (ticks, 接龙, edits, copies), then every change checked against the history;
     target: nothing lost or doubled, write p95 < 200 ms
Rows 8 to 11 need --server ADDRESS (`bash scripts/campdesk.sh bench` starts a
throwaway server, as the tests do); each run works in a schema of its own.

Process-level figures (rows 1, 4's reference, 5) are whole-process wall
times: medians of --runs runs after one warm-up, with min and max. The
in-process figures (rows 2, 4, 6) are timed inside the programs.
"""
import argparse
import datetime
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

# What the review counts as a member's message (ChatMessageKind).
COUNTABLE = "('text', 'media', 'checkin')"
STAFF_ROLES = "('owner_team', 'assistant', 'atmosphere_crew')"


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def timed(command, cwd=None, limit=None):
    """Wall seconds of one child process and its output; None for the output
    when it ran longer than `limit` seconds and was stopped."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return time.perf_counter() - start, None
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{os.path.basename(command[0])} failed ({process.returncode}): {err or out}")
    return elapsed, out


def timed_rss(command, cwd=None):
    """Wall seconds, peak resident MB and output of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read()
    err = process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{os.path.basename(command[0])} failed: {err or out}")
    return elapsed, usage.ru_maxrss / 1024.0, out


def server_schema(server, name):
    """The server's address with a new, empty schema `name` first in its
    search path (dropped first if a run left one)."""
    run(["psql", server, "-q", "-c", "SET client_min_messages TO warning",
         "-c", f"DROP SCHEMA IF EXISTS {name} CASCADE", "-c", f"CREATE SCHEMA {name}"])
    return server + ("&" if "?" in server else "?") + "options=-csearch_path%3D" + name


def drop_schema(server, name):
    run(["psql", server, "-q", "-c", "SET client_min_messages TO warning", "-c", f"DROP SCHEMA IF EXISTS {name} CASCADE"])


def median_of(samples, scale=1.0):
    return {"median": statistics.median(samples) * scale, "min": min(samples) * scale,
            "max": max(samples) * scale, "runs": len(samples)}


def single(value):
    return {"median": value, "min": value, "max": value, "runs": 1}


def machine_info():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory_gb = None
    try:
        with open("/proc/meminfo") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    memory_gb = int(line.split()[1]) / 1024 / 1024
                    break
    except OSError:
        pass
    sqlite = run(["sqlite3", "--version"]).stdout.split()[0]
    node = run(["node", "--version"]).stdout.strip() if shutil.which("node") else None
    return {"host": platform.node(), "cpu": cpu, "cores": os.cpu_count(),
            "memory_gb": round(memory_gb, 1) if memory_gb else None, "os": platform.platform(),
            "python": platform.python_version(), "sqlite3": sqlite, "node": node,
            "date": datetime.date.today().isoformat()}


def review_reference_sql(camp):
    """Every figure of the dashboard's question, asked of raw messages.

    Members are the camp's non-staff members (the dashboard's default filter);
    a member's countable messages are found through chat_identities.person_id.
    Days are the messages' camp days (chat_messages.day, counted in the camp's
    zone at import). Activity times are wall-clock text in the camp's zone:
    SQLite's 'utc' modifier converts them from the machine's zone, which is the
    camp's when camps.time_zone is empty (the driver checks it is).

    Written to give the shell its best chance: one pass over the messages for
    the days and the members, the windows driving the index range scans
    (CROSS JOIN fixes that order), a 256 MB page cache; the driver adds a
    covering index beforehand (REVIEW_REFERENCE_INDEX).
    """
    people = (f"SELECT ms.person_id, ms.joined_on, ms.left_on FROM memberships ms"
              f" WHERE ms.camp_id = {camp} AND ms.role NOT IN {STAFF_ROLES}"
              f" AND NOT EXISTS (SELECT 1 FROM chat_identities s WHERE s.camp_id = ms.camp_id"
              f" AND s.person_id = ms.person_id AND s.is_staff = 1)")
    return "\n".join([
        "PRAGMA cache_size = -262144;",
        # Per member and day: countable messages. From it, daily active members
        # (among those in the camp that day), and each member's messages and
        # active days.
        f"WITH people AS ({people}),"
        f" said AS (SELECT i.person_id AS person, m.day AS day, count(*) AS n"
        f"  FROM chat_messages m CROSS JOIN chat_identities i ON i.id = m.identity_id"
        f"  WHERE m.camp_id = {camp} AND m.kind IN {COUNTABLE} GROUP BY i.person_id, m.day),"
        f" counted AS MATERIALIZED (SELECT s.person, s.day, s.n, p.joined_on, p.left_on"
        f"  FROM said s JOIN people p ON p.person_id = s.person)"
        f" SELECT 'day', day, count(*), NULL FROM counted"
        f"  WHERE (joined_on IS NULL OR joined_on = '' OR joined_on <= day)"
        f"  AND (left_on IS NULL OR left_on = '' OR left_on > day) GROUP BY day"
        f" UNION ALL SELECT 'member', person, sum(n), count(*) FROM counted GROUP BY person;",
        # Per activity: distinct participants and messages within [start, end + tail).
        f"WITH people AS ({people}),"
        f" windows AS MATERIALIZED (SELECT a.id, CAST(strftime('%s', a.starts_at, 'utc') AS INTEGER) AS s,"
        f"  CAST(strftime('%s', a.ends_at, 'utc') AS INTEGER) + 60 * c.activity_tail_minutes AS e"
        f"  FROM activities a JOIN camps c ON c.id = a.camp_id WHERE a.camp_id = {camp})"
        f" SELECT 'activity', w.id, count(DISTINCT i.person_id), count(*)"
        f" FROM windows w CROSS JOIN chat_messages m ON m.camp_id = {camp} AND m.sent_at >= w.s AND m.sent_at < w.e"
        f" CROSS JOIN chat_identities i ON i.id = m.identity_id"
        f" WHERE m.kind IN {COUNTABLE} AND i.person_id IN (SELECT person_id FROM people)"
        f" GROUP BY w.id;",
    ])


# The reference's index, made (untimed) on its copy of the workspace: the
# messages by camp and time, covering what the questions read.
REVIEW_REFERENCE_INDEX = ("CREATE INDEX bench_messages_camp_time ON chat_messages(camp_id, sent_at, kind, identity_id, day);"
                          " ANALYZE;")


def review_reference_totals(output):
    totals = {"days": 0, "active_member_days": 0, "members": 0, "member_messages": 0,
              "activities": 0, "activity_participants": 0, "activity_messages": 0}
    for line in output.splitlines():
        fields = line.split("|")
        if fields[0] == "day":
            totals["days"] += 1
            totals["active_member_days"] += int(fields[2])
        elif fields[0] == "member":
            totals["members"] += 1
            totals["member_messages"] += int(fields[2])
        elif fields[0] == "activity":
            totals["activities"] += 1
            totals["activity_participants"] += int(fields[2])
            totals["activity_messages"] += int(fields[3])
    return totals


def in_process_row(number, row, target, unit="ms"):
    """A row from a benchmark program's JSON line."""
    reference = row["reference"] if row["reference"]["runs"] else None
    return {"row": number, "figure": row["figure"], "campdesk": row["campdesk"], "reference": reference,
            "reference_name": row.get("reference_name") if reference else None, "unit": unit,
            "ratio": row["campdesk"]["median"] / reference["median"] if reference and reference["median"] else None,
            "target": target, "met": row["campdesk"]["median"] < row["target_ms"]}


def json_line(output):
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no JSON line in: {output[-500:]}")


def server_import_rows(args, cli, base, chat, csv_path, sqlite_import):
    """Row 8: the same import into a team workspace on PostgreSQL, against
    psql's \\copy of row 1's CSV into a table indexed as chat_messages is (its
    primary key, the unique source key and the sender's index; before or after
    the load, whichever is faster), and against row 1."""
    step = time.perf_counter()
    times = []
    for index in range(args.server_runs + 1):
        address = server_schema(args.server, "bench_import")
        run([cli, "workspace", "push", base, "--to", address])
        seconds, out = timed([cli, "import", "--camp", "1", "--json", "--workspace", address, chat])
        if index == 0:
            if json.loads(out)["messages_added"] < args.messages:
                raise RuntimeError("the import into the server added too few messages")
        else:
            times.append(seconds)
    drop_schema(args.server, "bench_import")
    # chat_messages' id is a primary key the server indexes (a file's is
    # SQLite's rowid, which row 1's reference has for free): so is this one's.
    # Its texts compare byte by byte, as CampDesk's do on any server.
    table = ("CREATE TABLE messages (id bigint GENERATED ALWAYS AS IDENTITY, sender text COLLATE \"C\" NOT NULL,"
             " sent_at bigint NOT NULL, day text COLLATE \"C\" NOT NULL, kind text COLLATE \"C\" NOT NULL,"
             " body text COLLATE \"C\" NOT NULL, source_key bigint NOT NULL)")
    indexes = ["ALTER TABLE messages ADD PRIMARY KEY (id)",
               "CREATE UNIQUE INDEX messages_source ON messages(source_key)",
               "CREATE INDEX messages_sender ON messages(sender)"]
    copy = (f"\\copy messages (sender, sent_at, day, kind, body, source_key) FROM '{csv_path}'"
            " WITH (FORMAT csv)")
    variants = {"indexes before the load": ([table, *indexes], [copy]),
                "indexes after the load": ([table], [copy, *indexes])}
    reference_variants = {}
    for variant, (before, timed_part) in variants.items():
        samples = []
        for index in range(args.server_runs + 1):
            address = server_schema(args.server, "bench_copy")
            run(["psql", address, "-q", "-v", "ON_ERROR_STOP=1",
                 *[part for statement in before for part in ("-c", statement)]])
            seconds, _ = timed(["psql", address, "-q", "-v", "ON_ERROR_STOP=1",
                                *[part for statement in timed_part for part in ("-c", statement)]])
            if index > 0:
                samples.append(seconds)
        reference_variants[variant] = median_of(samples)
        print(f"psql \\copy, {variant}: median {reference_variants[variant]['median']:.2f} s", flush=True)
    drop_schema(args.server, "bench_copy")
    print(f"server imports and psql \\copy in {time.perf_counter() - step:.0f} s", flush=True)
    fastest = min(reference_variants, key=lambda name: reference_variants[name]["median"])
    ours = median_of(times)
    reference = reference_variants[fastest]
    return [{"row": 8, "figure": f"Chat import into PostgreSQL, {args.messages:,} msgs", "campdesk": ours,
             "reference": reference, "reference_name": f"psql \\copy of the CSV, {fastest}", "unit": "s",
             "ratio": ours["median"] / reference["median"], "target": "ratio <= 1.5",
             "met": ours["median"] <= 1.5 * reference["median"]},
            # The other variant, for the record: a team workspace's table is
            # in use, so CampDesk cannot build its indexes after the load.
            {"row": 8, "figure": "  against psql \\copy with the indexes in place", "campdesk": ours,
             "reference": reference_variants["indexes before the load"],
             "reference_name": "psql \\copy of the CSV, indexes before the load", "unit": "s",
             "ratio": ours["median"] / reference_variants["indexes before the load"]["median"],
             "target": "information", "met": None},
            {"row": 8, "figure": "  against CampDesk's SQLite import (row 1)", "campdesk": ours,
             "reference": sqlite_import, "reference_name": "row 1", "unit": "s",
             "ratio": ours["median"] / sqlite_import["median"], "target": "ratio <= 2.0",
             "met": ours["median"] <= 2 * sqlite_import["median"]}]


def server_review_row(args, cli, review_bench, big):
    """Row 9: every dashboard series of the big camp, pushed to the server."""
    address = server_schema(args.server, "bench_review")
    run([cli, "workspace", "push", big, "--to", address])
    _, out = timed([review_bench, address, "1", "--runs", str(args.inner_runs), "--json"])
    drop_schema(args.server, "bench_review")
    series = {row["key"]: row for row in json_line(out)["rows"]}["review_series"]
    return {"row": 9, "figure": "Dashboard series on PostgreSQL (the same camp, pushed)", "campdesk": series["campdesk"],
            "reference": None, "unit": "ms", "ratio": None, "target": "< 100 ms",
            "met": series["campdesk"]["median"] < 100}


def server_live_row(args, live_bench):
    """Row 10: one operator's check-in reaching another's open window."""
    address = server_schema(args.server, "bench_live")
    _, out = timed([live_bench, address, "--changes", "200", "--json"])
    drop_schema(args.server, "bench_live")
    line = json_line(out)
    row = line["rows"][0]
    p95 = line["p95"]
    write = line["write"]["median"]
    return {"row": 10, "figure": f"Change to another window (p95 {p95:.1f} ms; the write itself {write:.1f} ms)",
            "campdesk": row["campdesk"], "reference": row["reference"], "unit": "ms",
            "ratio": row["campdesk"]["median"] / max(row["reference"]["median"], 1e-6),
            "target": "p95 < 1000 ms", "met": p95 < 1000,
            "note": "reference: the server's round trip (SELECT 1) on the same connection"}


def server_team_row(args, team_load):
    """Row 11: ten operators writing at once for five minutes, checked against the history."""
    address = server_schema(args.server, "bench_team")
    _, out = timed([team_load, address, "--operators", "10", "--changes", str(args.team_changes), "--interval", "1000",
                    "--json"])
    drop_schema(args.server, "bench_team")
    result = json_line(out)
    return {"row": 11, "figure": f"Team of 10 at once, write latency p95 (median {result['median_ms']:.1f} ms)",
            "campdesk": single(result["p95_ms"]), "reference": None, "unit": "ms", "ratio": None,
            "target": "p95 < 200 ms, none lost or doubled",
            "met": result["p95_ms"] < 200 and result["ok"],
            "note": f"{result['changes']:,} changes in {result['seconds']:.0f} s; history {result['recorded']:,} entries,"
                    f" lost {result['lost']}, doubled {result['doubled']}"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build-release", help="Release build folder")
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--messages", type=int, default=1000000)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5, help="measured runs of each process after one warm-up")
    parser.add_argument("--inner-runs", type=int, default=21, help="measured runs of in-process figures")
    parser.add_argument("--cold-start-limit", type=float, default=30,
                        help="seconds after which a cold start is stopped and reported as slower than that"
                             " (0: no limit); keeps the whole command within its 10 minutes")
    parser.add_argument("--big-gigabytes", type=float, default=0,
                        help="also import a WhatsApp export of this many GB into the same camp and compare its cost per"
                             " message with row 1's (target: within 1.5x); 0 leaves it out (2 GB take about 6 minutes)")
    parser.add_argument("--server", default=None,
                        help="a PostgreSQL address (libpq) whose login may create schemas: adds rows 8 and 9")
    parser.add_argument("--team-changes", type=int, default=300,
                        help="row 11: changes of each of the 10 operators, one a second (300: five minutes)")
    parser.add_argument("--server-runs", type=int, default=1,
                        help="measured runs of row 8's imports after one warm-up (a million messages take minutes)")
    parser.add_argument("--json", default="benchmark-results.json")
    parser.add_argument("--npm-dir", default=None,
                        help="where whatsapp-chat-parser is installed (default BUILD/bench/npm; installed when missing)")
    args = parser.parse_args()
    started = time.perf_counter()

    def tool(*parts):
        path = os.path.join(args.build, *parts)
        if not os.access(path, os.X_OK):
            sys.exit(f"{path} is missing: build {args.build} in Release first (bash scripts/campdesk.sh bench)")
        return os.path.abspath(path)

    cli = tool("cli", "campdesk-cli")
    gui = tool("app", "campdesk")
    parse_bench = tool("bench", "campdesk_bench_parse")
    plan_bench = tool("bench", "campdesk_bench_plan")
    roster_bench = tool("bench", "campdesk_bench_roster")
    review_bench = tool("bench", "campdesk_bench_review")
    live_bench = tool("bench", "campdesk_bench_live")
    team_load = tool("bench", "campdesk_team_load")
    minimal_window = tool("bench", "campdesk_bench_minimal_window")
    sqlite = shutil.which("sqlite3")
    node = shutil.which("node")
    if not sqlite:
        sys.exit("the sqlite3 shell is missing (Debian package sqlite3)")
    if not node or not shutil.which("npm"):
        sys.exit("node and npm are missing (Debian packages nodejs npm)")
    machine = machine_info()
    npm_dir = os.path.abspath(args.npm_dir or os.path.join(args.build, "bench", "npm"))

    work = tempfile.mkdtemp(prefix="campdesk-bench-")
    rows = []
    info = {}
    try:
        # Programs see a fresh home (settings, font cache) and draw offscreen.
        os.environ.update({"HOME": work, "XDG_DATA_HOME": os.path.join(work, "data"),
                           "XDG_CONFIG_HOME": os.path.join(work, "config"), "XDG_CACHE_HOME": os.path.join(work, "cache"),
                           "XDG_RUNTIME_DIR": os.path.join(work, "runtime"), "QT_QPA_PLATFORM": "offscreen"})
        os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700)
        chat = os.path.join(work, "chat.txt")
        roster = os.path.join(work, "roster.csv")
        common = ["--members", str(args.members), "--days", str(args.days), "--messages", str(args.messages)]
        step = time.perf_counter()
        run([cli, "generate", "--format", "whatsapp", *common, "-o", chat])
        run([cli, "generate", "--format", "roster", *common, "-o", roster])
        chat_mb = os.path.getsize(chat) / 1e6
        print(f"generated {args.messages:,} messages ({chat_mb:.0f} MB) in {time.perf_counter() - step:.0f} s", flush=True)

        # A workspace with the camp and its roster, copied fresh for each run.
        base = os.path.join(work, "base.campdesk")
        first_day = datetime.date(2027, 3, 1)
        last_day = first_day + datetime.timedelta(days=args.days - 1)
        run([cli, "camps", "create", "--name", "Benchmark camp", "--course-start", first_day.isoformat(),
             "--course-end", last_day.isoformat(), "--workspace", base])
        run([cli, "roster", "import", "--camp", "1", roster, "--workspace", base])

        # Rows 1, 3: the import, end to end, and its peak memory.
        step = time.perf_counter()
        import_times, import_rss = [], []
        imported = None
        for index in range(args.runs + 1):
            target = os.path.join(work, f"run{index}.campdesk")
            shutil.copy(base, target)
            seconds, rss, out = timed_rss([cli, "import", "--camp", "1", "--json", "--workspace", target, chat])
            if index == 0:
                summary = json.loads(out)
                if summary["messages_added"] < args.messages:
                    raise RuntimeError(f"import added only {summary['messages_added']} messages")
                if summary["unmatched_identities"]:
                    raise RuntimeError("the generated roster should match every sender")
                os.remove(target)
                continue  # warm-up
            import_times.append(seconds)
            import_rss.append(rss)
            if imported:
                os.remove(imported)
            imported = target
        print(f"imported {args.runs + 1} times in {time.perf_counter() - step:.0f} s", flush=True)

        # The reference: the same messages as a parser gives them (sender,
        # time, camp day, kind, text, 64-bit de-duplication key) in CSV,
        # loaded by the sqlite3 shell's .import into a table indexed for the
        # same questions as chat_messages' own indexes: one message per key,
        # and a sender's messages (schema 8 indexes the sender alone). It
        # gets the tuning CampDesk's import gives itself (WAL,
        # synchronous=NORMAL, a 64 MB page cache), and its indexes are built
        # before or after the load, whichever is faster on this machine.
        step = time.perf_counter()
        csv_path = os.path.join(work, "messages.csv")
        with open(csv_path, "w") as handle:
            subprocess.run([sqlite, "-csv", imported,
                            "SELECT ifnull(i.display_name, ''), m.sent_at, m.day, m.kind, m.body, m.source_key"
                            " FROM chat_messages m LEFT JOIN chat_identities i ON i.id = m.identity_id ORDER BY m.id"],
                           check=True, stdout=handle)
        table = ("CREATE TABLE messages (sender TEXT NOT NULL, sent_at INTEGER NOT NULL, day TEXT NOT NULL,"
                 " kind TEXT NOT NULL, body TEXT NOT NULL, source_key INTEGER NOT NULL);")
        indexes = ("CREATE UNIQUE INDEX messages_source ON messages(source_key);"
                   "CREATE INDEX messages_sender ON messages(sender);")
        tuning = ["-cmd", "PRAGMA synchronous=NORMAL", "-cmd", "PRAGMA cache_size=-65536"]
        variants = {"indexes before the load": (table + indexes, []),
                    "indexes after the load": (table, [indexes])}
        reference_variants = {}
        reference_db = None
        for variant, (before, after) in variants.items():
            times = []
            for index in range(args.runs + 1):
                target = os.path.join(work, f"ref{index}.db")
                if os.path.exists(target):
                    os.remove(target)
                run([sqlite, target, "PRAGMA journal_mode=WAL;" + before])
                seconds, _ = timed([sqlite, *tuning, target, f".import --csv {csv_path} messages", *after])
                if reference_db and reference_db != target:
                    os.remove(reference_db)
                reference_db = target
                if index > 0:
                    times.append(seconds)
            reference_variants[variant] = median_of(times)
            print(f"sqlite3 .import, {variant}: median {reference_variants[variant]['median']:.2f} s", flush=True)
        fastest = min(reference_variants, key=lambda name: reference_variants[name]["median"])
        print(f"sqlite3 .import {args.runs + 1} times in {time.perf_counter() - step:.0f} s", flush=True)
        campdesk = median_of(import_times)
        reference = reference_variants[fastest]
        rows.append({"row": 1, "figure": f"Chat import end to end, {args.messages:,} msgs ({chat_mb:.0f} MB)",
                     "campdesk": campdesk, "reference": reference,
                     "reference_name": f"sqlite3 shell .import of the CSV, CampDesk's tuning, {fastest}",
                     "unit": "s", "ratio": campdesk["median"] / reference["median"], "target": "ratio <= 1.0",
                     "met": campdesk["median"] <= reference["median"]})
        if args.server:
            rows += server_import_rows(args, cli, base, chat, csv_path, campdesk)
        os.remove(csv_path)
        peak = max(import_rss)
        rows.append({"row": 3, "figure": "Peak resident memory of that import", "campdesk": median_of(import_rss),
                     "reference": None, "unit": "MB", "ratio": None, "target": "<= 300 MB (every run)",
                     "met": peak <= 300})
        # Row 7: the workspace on disk, before the plan and the review cache are added.
        size = os.path.getsize(imported) / 1e6
        reference_size = os.path.getsize(reference_db) / 1e6
        rows.append({"row": 7, "figure": "Workspace size on disk after the import", "campdesk": single(size),
                     "reference": single(reference_size), "reference_name": "the sqlite3 .import table's file",
                     "unit": "MB", "ratio": size / reference_size, "target": "ratio <= 1.0", "met": size <= reference_size})
        os.remove(reference_db)

        # Row 2: parsing alone, side by side with the npm package.
        step = time.perf_counter()
        _, parse_rss, out = timed_rss([parse_bench, chat, str(args.runs)])
        ours = json.loads(out)
        if not os.path.isdir(os.path.join(npm_dir, "node_modules", "whatsapp-chat-parser")):
            os.makedirs(npm_dir, exist_ok=True)
            run(["npm", "install", "--prefix", npm_dir, "--no-audit", "--no-fund", "whatsapp-chat-parser@4"])
        script = os.path.join(HERE, "whatsapp_chat_parser.mjs")
        _, node_rss, out = timed_rss([node, "--max-old-space-size=16384", script, chat, str(args.runs)], cwd=npm_dir)
        theirs = json.loads(out)
        print(f"parsed by both in {time.perf_counter() - step:.0f} s", flush=True)
        seconds = lambda figure: {"median": figure["parse_ms"] / 1000, "min": figure["min_ms"] / 1000,
                                  "max": figure["max_ms"] / 1000, "runs": args.runs}
        rows.append({"row": 2, "figure": "WhatsApp parsing alone (same file)", "campdesk": seconds(ours),
                     "reference": seconds(theirs), "reference_name": "npm whatsapp-chat-parser",
                     "unit": "s", "ratio": ours["parse_ms"] / theirs["parse_ms"], "target": ">= 10x faster (ratio <= 0.1)",
                     "met": ours["parse_ms"] * 10 <= theirs["parse_ms"],
                     "note": f"{ours['messages']:,} vs {theirs['messages']:,} messages"})
        rows.append({"row": 2, "figure": "Parsing peak memory", "campdesk": single(parse_rss), "reference": single(node_rss),
                     "reference_name": "npm whatsapp-chat-parser", "unit": "MB", "ratio": parse_rss / node_rss,
                     "target": "<= 1/4 (ratio <= 0.25)", "met": parse_rss * 4 <= node_rss})
        # The whole-file first pass (every date, for the day/month order) against the import it is part of.
        date_pass = ours["date_pass_ms"] / 1000
        rows.append({"row": 1, "figure": "  of which the whole-file date-order pass", "campdesk": single(date_pass),
                     "reference": campdesk, "reference_name": "the import end to end (row 1)", "unit": "s",
                     "ratio": date_pass / campdesk["median"], "target": "<= 1/10 of the import (ratio <= 0.1)",
                     "met": date_pass * 10 <= campdesk["median"]})
        os.remove(chat)

        if args.big_gigabytes > 0:
            # Row 1b: the cost per message of a big export against row 1's; memory stays flat.
            step = time.perf_counter()
            per_message = chat_mb * 1e6 / args.messages  # bytes of the export per message
            big_messages = int(args.big_gigabytes * 2**30 / per_message)
            big_chat = os.path.join(work, "big.txt")
            run([cli, "generate", "--format", "whatsapp", "--members", str(args.members), "--days", str(args.days),
                 "--messages", str(big_messages), "-o", big_chat])
            target = os.path.join(work, "big.campdesk")
            shutil.copy(base, target)
            seconds, rss, out = timed_rss([cli, "import", "--camp", "1", "--json", "--workspace", target, big_chat])
            added = json.loads(out)["messages_added"]
            os.remove(big_chat)
            os.remove(target)
            small = campdesk["median"] / args.messages * 1e6
            big = seconds / added * 1e6
            print(f"imported {added:,} messages of a {args.big_gigabytes:g} GB export in {time.perf_counter() - step:.0f} s",
                  flush=True)
            rows.append({"row": 1, "figure": f"  per message, {added:,} msgs ({args.big_gigabytes:g} GB) vs row 1's",
                         "campdesk": single(big), "reference": single(small), "reference_name": "row 1, per message",
                         "unit": "us", "ratio": big / small, "target": "ratio <= 1.5", "met": big <= 1.5 * small,
                         "note": f"{seconds:.0f} s in all; peak {rss:.0f} MB vs {peak:.0f} MB"})

        # The big camp: the imported workspace with its plan of activities.
        big = imported
        run([cli, "generate", "--format", "activities", "--activities", str(args.activities), "--camp", "1",
             "--workspace", big])

        # Rows 4 and 6 (dashboard redraw). The first look fills the activity cache.
        step = time.perf_counter()
        _, out = timed([review_bench, big, "1", "--runs", str(args.inner_runs), "--json"])
        review = json_line(out)
        by_key = {row["key"]: row for row in review["rows"]}
        info["review_first_load_ms"] = review["first_load_ms"]
        info["review_compute_alone_ms"] = review["compute_alone"]
        info["review_totals"] = review["totals"]

        # Row 4's reference: the same question of raw messages, in the sqlite3
        # shell, on a copy of the workspace indexed for it (untimed).
        time_zone = run([sqlite, big, "SELECT time_zone FROM camps WHERE id = 1"]).stdout.strip()
        if time_zone:
            raise RuntimeError(f"the benchmark camp has time zone {time_zone!r}; the reference reads the machine's")
        copy = os.path.join(work, "review-reference.campdesk")
        shutil.copy(big, copy)
        run([sqlite, copy, REVIEW_REFERENCE_INDEX])
        sql = review_reference_sql(1)
        shell_times = []
        for index in range(args.runs + 1):
            seconds, out = timed([sqlite, copy, sql])
            if index == 0:
                shell_totals = review_reference_totals(out)
            else:
                shell_times.append(seconds)
        os.remove(copy)
        print(f"dashboard and its reference in {time.perf_counter() - step:.0f} s", flush=True)
        series = by_key["review_series"]
        reference = median_of(shell_times, 1000)
        checked = {key: (review["totals"][key], shell_totals[key]) for key in
                   ("active_member_days", "member_messages", "activity_participants", "activity_messages")}
        same = all(ours == theirs for ours, theirs in checked.values())
        info["review_reference_totals"] = shell_totals
        note = ("the shell's figures are the dashboard's" if same else
                "FIGURES DIFFER: " + ", ".join(f"{key} {ours} vs {theirs}" for key, (ours, theirs) in checked.items()
                                               if ours != theirs))
        rows.append({"row": 4, "figure": f"Dashboard series, {args.members:,} members, {args.activities:,} activities",
                     "campdesk": series["campdesk"], "reference": reference,
                     "reference_name": "sqlite3 shell over raw messages", "unit": "ms",
                     "ratio": series["campdesk"]["median"] / reference["median"],
                     "target": "< 50 ms and ratio <= 0.2",
                     "met": series["campdesk"]["median"] < 50 and series["campdesk"]["median"] <= 0.2 * reference["median"],
                     "note": note})
        rows.append({"row": 4, "figure": "  of which ReviewCalculator::compute alone",
                     "campdesk": review["compute_alone"], "reference": None, "unit": "ms", "ratio": None,
                     "target": "information", "met": None})
        rows.append({"row": 4, "figure": "  first look after import + plan (fills the cache)",
                     "campdesk": single(review["first_load_ms"]), "reference": None, "unit": "ms", "ratio": None,
                     "target": "< 500 ms", "met": review["first_load_ms"] < 500})
        if args.server:
            rows.append(server_review_row(args, cli, review_bench, big))
            rows.append(server_live_row(args, live_bench))
            rows.append(server_team_row(args, team_load))

        # Row 5: cold start to the first painted main window, whole processes,
        # each grabbing its window to a .ppm (no image encoder in either figure).
        # A CampDesk start slower than the limit is stopped and not repeated:
        # the row then says "more than" the limit.
        step = time.perf_counter()
        shot = os.path.join(work, "shot.ppm")
        limit = args.cold_start_limit or None
        minimal_times, campdesk_times = [], []
        stopped = False
        for index in range(args.runs + 1):
            minimal_seconds, _ = timed([minimal_window, shot, "--size", "1280x800"])
            if index > 0:
                minimal_times.append(minimal_seconds)
            if stopped:
                continue
            campdesk_seconds, out = timed([gui, "--workspace", big, "--screenshot", shot, "--size", "1280x800"],
                                          limit=limit)
            if out is None:
                stopped = True
                campdesk_times = [limit]
            elif index > 0:
                campdesk_times.append(campdesk_seconds)
        print(f"cold starts in {time.perf_counter() - step:.0f} s", flush=True)
        campdesk = median_of(campdesk_times, 1000)
        reference = median_of(minimal_times, 1000)
        row = {"row": 5, "figure": "Cold start to the first painted window, big camp",
               "campdesk": campdesk, "reference": reference, "reference_name": "minimal Qt Widgets window",
               "unit": "ms", "ratio": campdesk["median"] / reference["median"], "target": "ratio <= 1.5",
               "met": not stopped and campdesk["median"] <= 1.5 * reference["median"]}
        if stopped:
            campdesk["more_than"] = True
            row["ratio_more_than"] = True
            row["note"] = (f"campdesk was stopped after {limit:.0f} s and not repeated"
                           " (--cold-start-limit 0 waits for it)")
        rows.append(row)

        # Row 6: the interactive figures.
        step = time.perf_counter()
        _, out = timed([plan_bench, "--json"])
        plan = {row["key"]: row for row in json_line(out)["rows"]}
        _, out = timed([roster_bench, "--json"])
        roster_rows = {row["key"]: row for row in json_line(out)["rows"]}
        print(f"plan and roster in {time.perf_counter() - step:.0f} s", flush=True)
        rows.append(in_process_row(6, plan["month_view_repaint"], "< 16 ms"))
        rows.append(in_process_row(6, roster_rows["roster_refilter"], "< 20 ms"))
        rows.append(in_process_row(6, by_key["review_redraw"], "< 100 ms"))
        rows.append(in_process_row(6, plan["plan_generation_90_days"], "< 50 ms"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rows.sort(key=lambda row: row["row"])  # stable: a row's lines keep their order
    elapsed = time.perf_counter() - started
    print_table(rows, machine, args, elapsed)
    with open(args.json, "w") as handle:
        json.dump({"machine": machine, "runs": args.runs, "inner_runs": args.inner_runs, "seconds": round(elapsed, 1),
                   "rows": rows, "info": info}, handle, indent=2, ensure_ascii=False)
    print(f"written to {args.json}")


def figure_text(figure, unit, spread=True):
    if figure is None:
        return "-"
    digits = 0 if unit == "MB" else 2 if unit == "s" or figure["median"] < 10 else 1
    text = ("> " if figure.get("more_than") else "") + f"{figure['median']:.{digits}f} {unit}"
    if spread and figure.get("runs", 1) > 1:
        text += f" ({figure['min']:.{digits}f}–{figure['max']:.{digits}f})"
    return text


def print_table(rows, machine, args, elapsed):
    print()
    print(f"CampDesk benchmarks on {machine['cpu']}, {machine['cores']} cores, {machine['memory_gb']} GB"
          f" ({machine['host']}, {machine['os']}), {machine['date']}")
    print(f"process figures: medians of {args.runs} runs after a warm-up; in-process figures: medians of"
          f" {args.inner_runs} runs after a warm-up; (min–max); whole run {elapsed / 60:.1f} min")
    header = f"{'#':>2} {'figure':54} {'CampDesk':>24} {'reference':>24} {'ratio':>6}  {'target':28} met"
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = f"{row['ratio']:.2f}" if row["ratio"] is not None else "-"
        if row.get("ratio_more_than"):
            ratio = ">" + f"{row['ratio']:.0f}"
        met = "-" if row["met"] is None else "yes" if row["met"] else "NO"
        print(f"{row['row']:>2} {row['figure'][:54]:54} {figure_text(row['campdesk'], row['unit']):>24}"
              f" {figure_text(row['reference'], row['unit']):>24} {ratio:>6}  {row['target']:28} {met}")
        notes = []
        if row.get("reference_name") and row["reference"] is not None:
            notes.append("reference: " + row["reference_name"])
        if row.get("note"):
            notes.append(row["note"])
        if notes:
            print(f"{'':5}({'; '.join(notes)})")


if __name__ == "__main__":
    main()
