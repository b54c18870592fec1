"""The progress display: a live bar on a terminal, plain lines in logs."""

from __future__ import annotations

from effx.models import RunResult, Status
from effx.orchestrate.progress import job_progress


def result(index: int, status: Status) -> RunResult:
    return RunResult(task_id="t", language="python", model="m", sample_id=index, status=status)


def test_without_a_terminal_progress_is_a_line_per_tenth_of_the_jobs(capsys) -> None:
    with job_progress(25, "references, run 1 of 2") as advance:
        for index in range(25):
            advance(result(index, Status.ok if index % 5 else Status.wrong_answer))
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("references, run 1 of 2: 3/25 after ")
    assert lines[-1].startswith("references, run 1 of 2: 25/25 after ")
    assert lines[-1].endswith("ok=20 wrong_answer=5")
