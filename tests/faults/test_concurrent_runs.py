"""Two `effx run` processes at once on one machine, sharing the cache and the runs folder: different run ids
both complete correctly; a second process on the same run id is refused and the first is unharmed.

Two processes filling one cache entry at once each rename a whole file of their own: neither fails, no
reader sees a torn entry."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from effx.models import RunResult, Status

from .common import SLOW_TASK, SOLUTION_FAULTS, SmallRun, error_line, keys, lines, note, results, run, start, wait_until


def _verdicts(run_dir: Path) -> dict[str, str]:
    """Per job: whether the solution failed, passed or the infrastructure did (noise-free, unlike timings)."""
    def verdict(result: RunResult) -> str:
        if result.status == Status.sandbox_error:
            return "infrastructure"
        return "fails" if result.status in SOLUTION_FAULTS else "passes"

    return {r.key: verdict(r) for r in results(lines(run_dir))}


def test_two_runs_at_once_share_cache_and_runs_folder_and_a_same_id_run_is_refused(tmp_path: Path):
    # the slow sample keeps run a busy for 2 x 6 s after it holds its folder: time enough for the intruder's
    # interpreter to start on a loaded machine
    scenario = SmallRun.create(tmp_path, slow_s=6.0, tasks=(SLOW_TASK,))
    first = start(scenario.args("a"))
    second = start(scenario.args("b"))
    try:
        lock = scenario.folder("a") / ".lock"
        wait_until(lambda: lock.exists() and lock.read_text().strip() == str(first.pid), proc=first,
                   what="run a holding its folder")
        intruder, _ = run(scenario.args("a"), timeout=120)
        out_first, err_first = first.communicate(timeout=300)
        out_second, err_second = second.communicate(timeout=300)
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.kill()
    assert intruder.returncode == 2, intruder.stderr[-3000:]
    message = error_line(intruder.stderr)
    assert f"being written by another effx process (pid {first.pid})" in message and "--run-id" in message

    assert first.returncode == 0, err_first[-3000:]
    assert second.returncode == 0, err_second[-3000:]
    for run_id in ("a", "b"):
        assert sorted(keys(lines(scenario.folder(run_id)))) == sorted(scenario.keys())
    verdicts = _verdicts(scenario.folder("a"))
    assert verdicts == _verdicts(scenario.folder("b"))
    assert [k for k, v in verdicts.items() if v != "passes"] == [k for k in verdicts if ":broken:" in k]
    note("two runs at once", lost=0, duplicated=0, refused=message)


WRITER = """
import sys, time
from pathlib import Path
from effx.cache import atomic_write

path, start = Path(sys.argv[1]), float(sys.argv[2])
text = "x" * 1_000_000
time.sleep(max(0.0, start - time.time()))
failures = torn = 0
while time.time() < start + 1.5:
    try:
        atomic_write(path, text)
    except OSError:
        failures += 1
    try:
        torn += len(path.read_text()) != len(text)
    except FileNotFoundError:
        pass
print(failures, torn)
"""


def test_two_processes_filling_one_cache_entry_never_fail_or_show_a_torn_entry(tmp_path: Path):
    start_at = time.time() + 1.0  # both start writing together, however long the interpreters take to load
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "entry.json"), str(start_at)],
                                stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [writer.communicate(timeout=60)[0].split() for writer in writers]
    assert all(writer.returncode == 0 for writer in writers)
    assert outcomes == [["0", "0"], ["0", "0"]]
