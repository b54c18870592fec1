"""What the fault tests share: `effx run` as a real process, a small run with a slow last batch, and
reading a run folder line by line.

The run has one or a few tasks of the built-in suite `core` in Python, one measured repetition each. The
first batches hold only references and end within seconds; the last (two_sum) also holds a broken sample,
whose compile_error is written during the warm-up, and a correct sample that sleeps on its first call in
every process, so that batch stays busy long enough to be interrupted with results on disk and work in
flight.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from effx.models import RunResult, Status
from effx.orchestrate.runner import RunConfig, plan_run

FIRST_TASK = "single_number_triplets"
"""Measured before SLOW_TASK (runs follow the suite's order): references only, quick."""
SLOW_TASK = "two_sum"
"""Measured last: references plus the samples below, one of them slow."""

HASHMAP = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
           "        for i, x in enumerate(nums):\n            if target - x in seen:\n"
           "                return [seen[target - x], i]\n            seen[x] = i\n")
BROKEN = "class Solution:\n    def twoSum(self, nums, target)\n        return []\n"


def sleeper(seconds: float) -> str:
    """A correct two_sum that sleeps on its first call: each process it runs in takes `seconds` longer."""
    return ("import time\nclass Solution:\n    slept = False\n    def twoSum(self, nums, target):\n"
            "        if not Solution.slept:\n            Solution.slept = True\n"
            f"            time.sleep({seconds})\n" + HASHMAP.split("\n", 2)[2])


SOLUTION_FAULTS = {Status.wrong_answer, Status.compile_error, Status.runtime_error, Status.timeout,
                   Status.memory_limit, Status.output_limit, Status.invalid_solution}
"""Verdicts that blame the solution: a correct one must never get them because the machinery failed."""


@dataclass(frozen=True)
class SmallRun:
    """One samples file and the `effx run` command line over a few tasks, SLOW_TASK last."""

    samples: Path
    runs_dir: Path
    tasks: tuple[str, ...] = (FIRST_TASK, SLOW_TASK)

    @classmethod
    def create(cls, folder: Path, *, slow_s: float = 1.0, runs_dir: Path | None = None,
               tasks: tuple[str, ...] = (FIRST_TASK, SLOW_TASK)) -> SmallRun:
        samples = folder / "samples.jsonl"
        rows = [{"model": "fast", "solution": HASHMAP}, {"model": "broken", "solution": BROKEN},
                {"model": "slow", "solution": sleeper(slow_s)}]
        samples.write_text("".join(json.dumps({"task_id": SLOW_TASK, "language": "python", **row}) + "\n"
                                   for row in rows))
        return cls(samples, runs_dir or folder / "runs", tasks)

    def args(self, run_id: str, *extra: str) -> list[str]:
        task_args = [arg for task in self.tasks for arg in ("--task", task)]
        return effx("run", "--lang", "python", "--samples", str(self.samples), *task_args, "--repeat", "1",
                    "--run-id", run_id, "--runs-dir", str(self.runs_dir), "--no-report", *extra)

    def keys(self, task: str | None = None) -> set[str]:
        """Every job's key (of one task, if given), exactly as a complete run records them."""
        plan = plan_run(RunConfig(languages=("python",), samples=self.samples, task_ids=self.tasks))
        return {job.key for task_id, jobs in plan.jobs.items() if task in (None, task_id) for job in jobs}

    def folder(self, run_id: str) -> Path:
        return self.runs_dir / run_id

    @property
    def broken_key(self) -> str:
        """The broken sample's job: its compile_error is written in the warm-up, before the slow sample runs."""
        return next(key for key in self.keys(SLOW_TASK) if ":broken:" in key)


def effx(*args: str) -> list[str]:
    """The command line of `effx ARGS` in this interpreter."""
    return [sys.executable, "-m", "effx", *args]


def start(args: Sequence[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def run(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300
        ) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run to the end; returns the process and its wall time in seconds."""
    began = time.monotonic()
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})
    return done, time.monotonic() - began


def wait_until(condition: Callable[[], bool], *, timeout: float = 120,
               proc: subprocess.Popen[str] | None = None, what: str = "the condition") -> None:
    """Poll `condition`; fail when `timeout` passes or `proc` ends first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc is not None and proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(f"the process ended (code {proc.returncode}) before {what}: {err[-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        time.sleep(0.05)


def lines(run_dir: Path) -> list[str]:
    """The complete lines of `results.jsonl` (a torn last line is left out), in file order."""
    path = run_dir / "results.jsonl"
    if not path.exists():
        return []
    text = path.read_text()
    return text[: text.rfind("\n") + 1].splitlines()


def keys(result_lines: Sequence[str]) -> list[str]:
    return [RunResult.model_validate_json(line).key for line in result_lines]


def results(result_lines: Sequence[str]) -> list[RunResult]:
    return [RunResult.model_validate_json(line) for line in result_lines]


def has_keys(run_dir: Path, wanted: set[str]) -> Callable[[], bool]:
    """A condition: every key of `wanted` has a line in the run folder."""
    return lambda: wanted <= set(keys(lines(run_dir)))


def error_line(stderr: str) -> str:
    """The one `error:` line of a failed command; fails on a traceback or on more than one error line."""
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr[-3000:]
    return errors[0]


def manifest_status(run_dir: Path) -> str:
    return str(json.loads((run_dir / "manifest.json").read_text())["status"])


def note(fault: str, **numbers: object) -> None:
    """Append what a fault cost to $EFFX_FAULTS_LOG, when set (the tests print nothing)."""
    path = os.environ.get("EFFX_FAULTS_LOG")
    if path:
        with open(path, "a") as fh:
            fh.write(json.dumps({"fault": fault, **numbers}) + "\n")
