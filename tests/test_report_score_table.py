"""`effx score` prints one leaderboard: a row per model and language, ranked, a column per metric."""

from __future__ import annotations

from pathlib import Path

import typer
from test_report import write_fixture_run
from typer.testing import CliRunner

from effx.cli.score_command import register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:  # a second command, so typer keeps `score` as a named subcommand
        """Unused."""

    return app


def _rows(output: str) -> list[list[str]]:
    """The table's body lines that start with a rank, split on runs of spaces."""
    return [line.split() for line in output.splitlines() if line.strip()[:1].isdigit()]


def test_one_table_ranks_every_model_by_pass_then_beyond(tmp_path: Path) -> None:
    run_dir = write_fixture_run(tmp_path, models={"slow": [90.0, 200.0], "fast": [5.0, 8.0], "evil": [None, 40.0],
                                                  "mid": [30.0, 60.0], "twin": [30.0, 60.0]})
    out = CliRunner().invoke(_app(), ["score", str(run_dir)], terminal_width=100)
    assert out.exit_code == 0, out.output
    assert out.output.count("Leaderboard") == 1, "one table, not one per model"
    header = next(line.split() for line in out.output.splitlines() if line.split()[:2] == ["#", "model"])
    assert header[2:6] == ["language", "tasks", "samples", "Pass@1"]
    assert {"Beyond@1", "ratio", "ET", "NET", "Time%", "DPS"} <= set(header)
    rows = _rows(out.output)
    assert [(r[0], r[1]) for r in rows] == [("1", "fast"), ("2", "mid"), ("2", "twin"), ("4", "slow"), ("5", "evil")]
    fast = dict(zip(header, rows[0], strict=False))
    assert fast["Pass@1"] == "100.0%" and fast["Beyond@1"] == "99.5%" and fast["ratio"] == "1.12x"
    assert "…" not in out.output, "a narrow terminal gets the whole table, not cells cut short"
    assert "DPS (EvalPerf)" in out.output and "95% bootstrap interval" in out.output
