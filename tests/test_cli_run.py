"""`effx run` end to end: bad input is refused before anything is written; runs resume without duplicates."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from effx.cli.root import app
from effx.store.rundir import RunDir

TASK = "two_sum"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


def sample(**fields) -> str:
    base = {"task_id": TASK, "language": "python", "model": "m", "solution": "class Solution: pass"}
    base.update(fields)
    return json.dumps(base)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([sample(), "{not json"], ":2: not valid JSON"),
        ([sample(), json.dumps({"task_id": TASK, "language": "python", "model": "m"})], ":2: solution"),
        ([sample(task_id="no_such_task")], ":1: unknown task id 'no_such_task'"),
        ([sample(language="cobol")], ":1: unknown language 'cobol'"),
    ],
)
def test_malformed_samples_exit_2_with_the_line_and_write_nothing(tmp_path, lines, expected):
    samples = write(tmp_path / "s.jsonl", lines)
    runs = tmp_path / "runs"
    result = invoke("run", "--samples", str(samples), "--runs-dir", str(runs))
    assert result.exit_code == 2
    assert expected in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not runs.exists()


def test_unknown_suite_language_and_task_are_named_with_the_known_ones(tmp_path):
    runs = str(tmp_path / "runs")
    out = invoke("run", "--suite", "mercurie", "--runs-dir", runs)
    assert out.exit_code == 2 and "unknown suite 'mercurie'" in out.output and "core" in out.output
    out = invoke("run", "--lang", "pyhton", "--runs-dir", runs)
    assert out.exit_code == 2 and "Did you mean python" in out.output
    out = invoke("run", "--task", "two_sun", "--references", "--runs-dir", runs)
    assert out.exit_code == 2 and "Did you mean two_sum" in out.output
    out = invoke("run", "--sandbox", "dokcer", "--runs-dir", runs)
    assert out.exit_code == 2 and "Did you mean docker" in out.output
    assert len(out.output.strip().splitlines()) == 1
    assert not Path(runs).exists()


def test_completion_is_accepted_as_an_alias_of_solution(tmp_path):
    line = json.dumps({"task_id": TASK, "language": "python", "model": "m", "completion": "x = 1"})
    from effx.orchestrate.samples import read_samples

    (only,) = read_samples(write(tmp_path / "s.jsonl", [line]))
    assert only.solution == "x = 1" and only.sample_id == 0


def test_an_evalplus_line_without_a_language_runs_in_the_one_language_given(tmp_path):
    right = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
    line = json.dumps({"task_id": TASK, "completion": right})
    runs = tmp_path / "runs"
    out = invoke("run", "--samples", str(write(tmp_path / "s.jsonl", [line])), "--lang", "python", "--repeat", "1",
                 "--runs-dir", str(runs), "--run-id", "evalplus")
    assert out.exit_code == 0, out.output
    results = [json.loads(x) for x in (runs / "evalplus" / "results.jsonl").read_text().splitlines()]
    (sample,) = [r for r in results if r["kind"] == "candidate"]
    assert sample["language"] == "python" and sample["model"] == "unknown"
    out = invoke("run", "--samples", str(tmp_path / "s.jsonl"), "--runs-dir", str(runs))
    assert out.exit_code == 2 and "language" in out.output


def test_a_busy_core_warning_is_printed_once(tmp_path):
    code = ("import effx.measure.noise as noise\n"
            "noise.noise_warnings = lambda cores: ['core 0 was 80% busy before the run: timings may be noisy']\n"
            "from effx.cli.root import main\nmain()\n")
    done = subprocess.run([sys.executable, "-c", code, "run", "--references", "--task", TASK, "--lang", "python",
                           "--repeat", "1", "--runs-dir", str(tmp_path / "runs")],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert (done.stdout + done.stderr).count("80% busy before the run") == 1


def _effx(*args: str) -> list[str]:
    return [sys.executable, "-c", "from effx.cli.root import main; main()", *args]


SLOW_BUT_RIGHT = """import time
class Solution:
    slept = False
    def twoSum(self, nums, target):
        if not Solution.slept:
            Solution.slept = True
            time.sleep(2)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def test_an_interrupted_run_resumes_without_duplicating_results(tmp_path):
    # The broken sample's verdict is written at once; the slow one keeps the run busy long enough to
    # interrupt it with results on disk and work left to do.
    samples = write(tmp_path / "s.jsonl", [sample(model="broken", solution="class Solution(:"),
                                           sample(model="slow", solution=SLOW_BUT_RIGHT)])
    runs = tmp_path / "runs"
    args = _effx("run", "--lang", "python", "--task", TASK, "--repeat", "2", "--run-id", "r1",
                 "--samples", str(samples), "--runs-dir", str(runs))
    # A shell starting this test suite in the background ignores SIGINT, and children inherit that;
    # the run under test must see Ctrl-C as an interactive user's run would.
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    results = runs / "r1" / "results.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and not (results.exists() and results.read_text().count("\n") >= 1):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()[-3000:]
    assert "--run-id r1" in err.decode()
    first = results.read_text().splitlines()
    assert json.loads((runs / "r1" / "manifest.json").read_text())["status"] == "interrupted"
    with open(results, "a") as fh:  # a write torn by the crash must not poison the resume
        fh.write('{"task_id": "two_s')
    done = subprocess.run(args, capture_output=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    final = RunDir(runs / "r1").results()
    keys = [r.key for r in final]
    assert len(keys) == len(set(keys))
    assert [r.model_dump_json() for r in final[: len(first)]] == first
    assert {r.model for r in final} == {"broken", "slow", "reference"}
    assert json.loads((runs / "r1" / "manifest.json").read_text())["status"] == "complete"
    rerun = subprocess.run(args, capture_output=True, cwd=tmp_path, timeout=600)
    assert rerun.returncode == 0
    assert len(RunDir(runs / "r1").results()) == len(final)


HASH_MAP = """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
SLEEPY = HASH_MAP.replace("        seen = {}\n", "        import time\n        time.sleep(0.02)\n        seen = {}\n")


def test_the_closing_table_ranks_by_pass_then_beyond_with_percentages_and_coloured_statuses(tmp_path):
    import io

    from rich.console import Console

    from effx.cli.run_table import print_run_summary

    samples = write(tmp_path / "s.jsonl", [sample(model="a-wrong", solution="class Solution:\n    def twoSum(self, "
                                                  "nums, target):\n        return [0, 0]\n"),
                                           sample(model="b-sleepy", solution=SLEEPY),
                                           sample(model="c-fast", solution=HASH_MAP)])
    runs = tmp_path / "runs"
    out = invoke("run", "--samples", str(samples), "--lang", "python", "--repeat", "1", "--runs-dir", str(runs),
                 "--run-id", "ranked", "--no-report", "--no-store")
    assert out.exit_code == 0, out.output
    board = out.output[out.output.index("Leaderboard"):out.output.index("statuses:")]
    rows = [line for line in board.splitlines() if any(m in line for m in ("a-wrong", "b-sleepy", "c-fast"))]
    assert [" ".join(row.split()[:2]) for row in rows] == \
        ["1 c-fast", "2 b-sleepy", "3 a-wrong"]  # by Pass@1, then Beyond@1: not by name, not by Beyond first
    assert "100.0%" in rows[0] and "0.0%" in rows[2] and "0.000" not in board and "×" in rows[0]
    assert all(len(line) <= 80 for line in out.output.splitlines())  # it fits the default 80 columns
    caption = " ".join(out.output[out.output.index("statuses:"):].split())
    assert "c-fast: ok=1" in caption and "a-wrong: wrong_answer=1" in caption  # whole, never cut
    screen = io.StringIO()
    print_run_summary(RunDir(runs / "ranked"), Console(file=screen, force_terminal=True, color_system="standard",
                                                       width=200))
    assert "\x1b[32mok=1" in screen.getvalue() and "\x1b[31mwrong_answer=1" in screen.getvalue()
