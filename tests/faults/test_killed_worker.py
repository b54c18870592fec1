"""`kill -9` of one local-pool worker mid-run: the run stops cleanly naming what did not finish; a resume
fills exactly that gap."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

from .common import (
    FIRST_TASK,
    SLOW_TASK,
    SmallRun,
    error_line,
    has_keys,
    keys,
    lines,
    manifest_status,
    note,
    run,
    start,
    wait_until,
)

TASKS = (FIRST_TASK, SLOW_TASK)


def _children(pid: int) -> list[int]:
    """Child processes of `pid` (for effx: its pool workers; multiprocessing's own helpers left out)."""
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(line.split()[0]) for line in out.splitlines() if line.strip() and "resource_tracker" not in line]


def _measuring_worker(pid: int) -> int | None:
    """The pool worker that has a measured program running under it right now, if any."""
    return next((worker for worker in _children(pid) if _children(worker)), None)


def test_a_killed_pool_worker_stops_the_run_naming_the_unfinished_tasks_and_a_resume_fills_them(tmp_path: Path):
    # slow enough to end last under load, and still under the task's 10 s limit
    scenario = SmallRun.create(tmp_path, tasks=TASKS, slow_s=8.0)
    folder = scenario.folder("pool")
    args = scenario.args("pool", "--executor", "pool", "--workers", "2")
    proc = start(args)
    try:
        # One batch is back (usually the first; the slow one when the other had to wait for a free core);
        # the worker measuring the other is killed in the middle of it.
        wait_until(lambda: any(has_keys(folder, scenario.keys(task))() for task in TASKS), proc=proc,
                   what="a first batch's results")
        victim = 0

        def measuring() -> bool:
            nonlocal victim
            victim = _measuring_worker(proc.pid) or 0
            return victim != 0

        wait_until(measuring, proc=proc, what="a worker measuring")
        os.kill(victim, signal.SIGKILL)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, err[-3000:]
    message = error_line(err)
    assert "worker process died" in message and "--run-id pool" in message
    named = re.search(r"did not finish: ([\w, ]+);", message)
    assert named, message
    lost = set(named.group(1).split(", "))
    before = lines(folder)
    finished = {key.split(":")[2] for key in keys(before)}
    # A batch is written whole or not at all: the killed worker's half-measured batch left no line.
    assert lost == set(TASKS) - finished and len(lost) == 1
    for task in finished:
        assert {k for k in keys(before) if k.split(":")[2] == task} == scenario.keys(task)
    assert manifest_status(folder) == "interrupted"

    resumed, resume_s = run(args)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    after = lines(folder)
    assert after[: len(before)] == before
    assert sorted(keys(after)) == sorted(scenario.keys())
    assert {k.split(":")[2] for k in keys(after[len(before):])} == lost
    note("kill -9 pool worker", lost=0, kept=len(before), redone=len(after) - len(before), error=message,
         unfinished_tasks=sorted(lost), resume_s=round(resume_s, 1))
