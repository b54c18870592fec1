"""Load on `effx judge serve`: submissions per minute, time to verdict, and exactly one verdict each across
a server killed (SIGKILL) and restarted halfway.

Everything runs on loopback: the benchmark creates `--keys` API keys in a fresh SQLite database, starts
the judge as a subprocess, sends the first half of `--submissions` from client threads (each key a model;
the code is a reference solution of a core task in Python or C++ with a numbered comment, so every C++
submission compiles, or one time in ten the language's stub, which fails), waits until a quarter have
verdicts, kills the server, starts it again on the same database, sends the second half and waits for
every verdict. Times come from the server's own `created`/`finished` stamps (the JSONL export); the
exactly-once check reads the database: each submission `done` with a verdict, at most one accepted-runtime
event per submission, and as many judged counts in the Dynamic Points state as judged submissions.

    python benchmarks/arena_load.py --submissions 200 --keys 10 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

TASKS = ("two_sum", "count_primes", "merge_intervals", "valid_parentheses_depth")
COMMENT = {"python": "# submission {n}\n", "cpp": "// submission {n}\n"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(args: argparse.Namespace, db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "effx", "judge", "serve", "--db", str(db), "--port", str(port),
            "--workers", str(args.workers), "--repeat", str(args.repeat), "--rate", "1000", "--burst", "1000",
            "--lease-s", str(args.lease_s), "--suite", "core"]
    server = subprocess.Popen(argv, stdout=log.open("ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
        if server.poll() is not None:
            raise SystemExit(f"the judge exited with {server.returncode}; see {log}")
    raise SystemExit(f"the judge did not start in 120 s; see {log}")


def _programs(count: int, keys: list[str]) -> list[dict[str, Any]]:
    from effx.registry import get_language
    from effx.rewards import load_suite

    suite = load_suite("core")
    programs = []
    for n in range(count):
        task = suite.get(TASKS[n % len(TASKS)])
        language = ("python", "cpp")[(n // len(TASKS)) % 2]
        refs = task.references_for(language)
        code = (get_language(language).stub(task) if n % 10 == 9
                else refs[n % len(refs)].code + "\n" + COMMENT[language].format(n=n))
        programs.append({"key": keys[n % len(keys)], "body": {"problem": task.id, "language": language, "code": code,
                                                              "model": f"model-{n % len(keys)}"}})
    return programs


def _send(base: str, programs: list[dict[str, Any]], clients: int) -> list[int]:
    def one(program: dict[str, Any]) -> int:
        response = httpx.post(base + "/v1/submissions", json=program["body"], timeout=60,
                              headers={"Authorization": f"Bearer {program['key']}"})
        response.raise_for_status()
        return int(response.json()["id"])

    with ThreadPoolExecutor(clients) as pool:
        return list(pool.map(one, programs))


def _done(base: str) -> int:
    return int(httpx.get(base + "/v1/health", timeout=10).json()["done"])


def _wait(base: str, count: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while _done(base) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"only {_done(base)} of {count} judged in {timeout_s:g} s")
        time.sleep(0.5)


def _exactly_once(db: Path, ids: list[int]) -> dict[str, Any]:
    import sqlalchemy as sa

    from effx.arena import tables
    from effx.arena.db import JudgeDB

    with JudgeDB(str(db)) as judge_db, judge_db.read() as conn:
        s, e = tables.submissions.c, tables.events.c
        rows = conn.execute(sa.select(s.id, s.status, s.verdict, s.attempts)).all()
        per_submission = conn.execute(sa.select(e.submission_id, sa.func.count()).where(e.submission_id.isnot(None))
                                      .group_by(e.submission_id)).all()
        folded = conn.scalar(sa.select(sa.func.sum(tables.model_stats.c.judged))) or 0
    judged = sum(1 for r in rows if r.verdict not in (None, "sandbox_error"))
    return {"submissions": len(rows), "sent": len(ids), "done_with_verdict": sum(1 for r in rows if r.status == "done"
                                                                                  and r.verdict),
            "max_events_per_submission": max((n for _, n in per_submission), default=0),
            "judged_counts_folded": int(folded), "judged": judged,
            "claimed_more_than_once": sum(1 for r in rows if r.attempts > 1),
            "ok": (len(rows) == len(ids) and all(r.status == "done" and r.verdict for r in rows)
                   and max((n for _, n in per_submission), default=0) <= 1 and int(folded) == judged)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--keys", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--lease-s", type=float, default=10.0)
    parser.add_argument("--timeout-s", type=float, default=3600.0)
    parser.add_argument("--keep", type=Path, help="Keep the database and server log in this folder.")
    args = parser.parse_args()

    from effx.arena.db import JudgeDB
    from effx.arena.keys import create_key

    folder = args.keep or Path(tempfile.mkdtemp(prefix="effx-arena-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    db, log = folder / "judge.db", folder / "server.log"
    with JudgeDB(str(db)) as judge_db:
        keys = [create_key(judge_db, f"team-{i}")[1] for i in range(args.keys)]
    programs = _programs(args.submissions, keys)
    half = len(programs) // 2
    port = _free_port()
    base = f"http://127.0.0.1:{port}"

    server = _start(args, db, port, log)
    started = time.monotonic()
    ids = _send(base, programs[:half], args.clients)
    _wait(base, max(1, len(programs) // 4), args.timeout_s)
    killed_at_done = _done(base)
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    down = time.monotonic()
    server = _start(args, db, port, log)
    restart_s = time.monotonic() - down
    try:
        ids += _send(base, programs[half:], args.clients)
        _wait(base, len(programs), args.timeout_s)
        wall_s = time.monotonic() - started
        records = [json.loads(line) for line in httpx.get(base + "/v1/export.jsonl", timeout=60).text.splitlines()]
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)

    def seconds(stamp: str) -> float:
        return datetime.fromisoformat(stamp).timestamp()

    latency = sorted(seconds(r["finished"]) - seconds(r["created"]) for r in records)
    verdicts = Counter(f"{record['language']}:{record['verdict']}" for record in records)
    check = _exactly_once(db, ids)
    p99 = latency[min(len(latency) - 1, round(0.99 * (len(latency) - 1)))]
    print(f"| submissions | keys | workers | wall | submissions / min | p50 to verdict | p99 to verdict | "
          f"killed after | restart |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
          f"| {len(records)} | {args.keys} | {args.workers} | {wall_s:.0f} s | {len(records) / wall_s * 60:.1f} | "
          f"{statistics.median(latency):.1f} s | {p99:.1f} s | {killed_at_done} verdicts | {restart_s:.1f} s |")
    print("verdicts:", json.dumps(dict(sorted(verdicts.items()))))
    print("exactly once:", json.dumps(check))
    print(f"database and server log: {folder}")
    if not check["ok"]:
        raise SystemExit("some submission does not have exactly one verdict")


if __name__ == "__main__":
    main()
