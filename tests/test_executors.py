"""Serial, pool and Ray executors run the same jobs to the same verdicts; a dead worker loses nothing."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from effx.orchestrate.executors.cores import claim_core, usable_cores
from effx.orchestrate.runner import RunConfig, execute_plan, plan_run
from effx.store.rundir import RunDir

TASKS = ("two_sum", "connect_sticks")
SAMPLES = [
    {"task_id": "two_sum", "model": "fine", "solution": (
        "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
        "        for i, x in enumerate(nums):\n            if target - x in seen:\n"
        "                return [seen[target - x], i]\n            seen[x] = i\n")},
    {"task_id": "two_sum", "model": "broken", "solution": "class Solution:\n    def twoSum(self, nums, target)\n"},
    {"task_id": "connect_sticks", "model": "crash", "solution": (
        "class Solution:\n    def connectSticks(self, sticks):\n        return 1 // 0\n")},
]


@pytest.fixture(scope="module")
def samples_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "samples.jsonl"
    path.write_text("".join(json.dumps({"language": "python", **s}) + "\n" for s in SAMPLES))
    return path


def _verdicts(tmp_path: Path, samples_file: Path, executor: str) -> dict[str, str]:
    config = RunConfig(languages=("python",), samples=samples_file, task_ids=TASKS, run_id=executor,
                       runs_dir=tmp_path / "runs", repeat=1, executor=executor, workers=2)
    run_dir = execute_plan(plan_run(config))
    return {r.key: r.status.value for r in run_dir.results()}


def test_serial_pool_and_ray_reach_the_same_verdicts(tmp_path, samples_file):
    pytest.importorskip("ray")
    serial = _verdicts(tmp_path, samples_file, "serial")
    assert serial[next(k for k in serial if ":fine:" in k)] == "ok"
    assert serial[next(k for k in serial if ":broken:" in k)] == "compile_error"
    assert serial[next(k for k in serial if ":crash:" in k)] == "runtime_error"
    assert sum(v == "ok" for v in serial.values()) >= 6  # every reference of both tasks passes
    assert _verdicts(tmp_path, samples_file, "pool") == serial
    assert _verdicts(tmp_path, samples_file, "ray") == serial


def _hold(core_queue, release):
    with claim_core() as core:
        core_queue.put(core)
        release.wait(30)


def test_a_claimed_core_is_not_handed_out_twice():
    if len(usable_cores()) < 2:
        pytest.skip("needs two cores")
    ctx = multiprocessing.get_context("fork")
    cores, release = ctx.Queue(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(cores, release))
    holder.start()
    held = cores.get(timeout=30)
    with claim_core(preferred=held) as mine:
        assert mine != held
    release.set()
    holder.join(30)
    with claim_core(preferred=held) as again:  # released by its holder, so available again
        assert again == held


def _workers_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def test_killing_a_pool_worker_loses_no_finished_result(tmp_path, samples_file):
    runs = tmp_path / "runs"
    args = [sys.executable, "-c", "from effx.cli.root import main; main()", "run", "--lang", "python",
            "--samples", str(samples_file), "--task", TASKS[0], "--task", TASKS[1], "--repeat", "3",
            "--executor", "pool", "--workers", "2", "--run-id", "pool", "--runs-dir", str(runs), "--no-report"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and len(workers) < 2:
        workers = _workers_of(proc.pid)
        time.sleep(0.05)
    assert workers, "the pool started no worker"
    time.sleep(1.0)
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    results = runs / "pool" / "results.jsonl"
    kept = results.read_text().splitlines() if results.exists() else []
    assert proc.returncode == 1  # the killed worker held a batch: the run stops and says how to resume
    assert "resume" in err.decode() and "--run-id pool" in err.decode()
    again = subprocess.run(args, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    final = RunDir(runs / "pool").results()
    keys = [r.key for r in final]
    assert len(keys) == len(set(keys))
    assert [r.model_dump_json() for r in final[: len(kept)]] == kept
    plan = plan_run(RunConfig(languages=("python",), samples=samples_file, task_ids=TASKS))
    assert set(keys) == {job.key for jobs in plan.jobs.values() for job in jobs}
