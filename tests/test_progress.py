"""The progress display: a live bar on a terminal, plain lines in logs."""

from __future__ import annotations

import io

from rich.console import Console

from effx.models import RunResult, Status
from effx.orchestrate.progress import counting_bar, job_progress


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


def _terminal() -> tuple[io.StringIO, Console]:
    screen = io.StringIO()
    return screen, Console(file=screen, force_terminal=True, color_system="standard", width=160)


def test_on_a_terminal_the_bar_advances_per_result_with_an_eta_and_coloured_statuses() -> None:
    screen, console = _terminal()
    with job_progress(4, "run-1", console=console) as advance:
        advance(result(0, Status.ok))
        advance(result(1, Status.wrong_answer))
        advance(result(2, Status.sandbox_error))
        advance(result(3, Status.ok))
    shown = screen.getvalue()
    assert "4/4" in shown and "eta" in shown
    assert "\x1b[32mok=2" in shown  # green
    assert "\x1b[31mwrong_answer=1" in shown  # red
    assert "\x1b[2;34msandbox_error=1" in shown  # dim blue


def test_the_eta_is_the_mean_pace_times_what_is_left() -> None:
    from rich.progress import Progress

    from effx.orchestrate.progress import _Eta

    progress = Progress()
    handle = progress.add_task("t", total=10)
    task = progress.tasks[0]
    assert _Eta().render(task).plain == "eta -:--:--"
    progress.update(handle, completed=2)
    task.start_time = task.get_time() - 100  # two of ten done after 100 s: 400 s to go
    assert _Eta().render(task).plain == "eta 0:06:40"


def test_without_a_terminal_lines_say_how_long_is_left() -> None:
    screen = io.StringIO()
    with job_progress(4, "run-1", console=Console(file=screen, width=160)) as advance:
        for index in range(4):
            advance(result(index, Status.ok))
    lines = screen.getvalue().splitlines()
    assert len(lines) == 4 and "s left" in lines[0] and "left" not in lines[-1]
    assert "\x1b[" not in screen.getvalue()


def test_counting_bar_without_a_terminal_draws_no_bar() -> None:
    screen = io.StringIO()
    with counting_bar("generate m", console=Console(file=screen, width=160)) as (on_plan, advance):
        on_plan(20)
        for index in range(20):
            advance("ok" if index % 4 else "error")
    lines = screen.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("generate m: 20/20 after ")
    assert lines[-1].endswith("error=5 ok=15")
    assert "━" not in screen.getvalue()
