"""Every failure of the `effx` command line is one `error:` line and an exit code, and writes nothing.

Mistakes the user can fix exit 2 before a run folder or a store file exists; a crash exits 1 and says
where its traceback was saved.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from effx.cli.root import build_app

app = build_app()


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def error_line(result) -> str:
    """The one line the command printed, which must start with `error: `."""
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: "), result.output
    return lines[0]


def sample(**fields: object) -> str:
    base = {"task_id": "two_sum", "language": "python", "model": "m", "solution": "class Solution: pass"}
    base.update(fields)
    return json.dumps(base)


@pytest.fixture
def runs(tmp_path: Path) -> Path:
    return tmp_path / "runs"


def refused(runs: Path, *args: str, code: int = 2) -> str:
    """Invoke `effx run ... --runs-dir runs`, check it failed with `code` and wrote nothing; its line."""
    result = invoke("run", *args, "--runs-dir", str(runs))
    assert result.exit_code == code, result.output
    assert not runs.exists() or not any(runs.iterdir())
    return error_line(result)


def test_binary_samples_file_is_named(tmp_path, runs):
    binary = tmp_path / "s.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01binary")
    assert f"samples file {binary} is not UTF-8 text" in refused(runs, "--samples", str(binary))


def test_binary_data_file_is_named(tmp_path, runs):
    binary = tmp_path / "mercury.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01binary")
    line = refused(runs, "--suite", "mercury", "--lang", "python", "--data", str(binary))
    assert "not UTF-8 text" in line and "Traceback" not in line


def test_runs_dir_naming_a_file(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("")
    result = invoke("run", "--references", "--task", "two_sum", "--runs-dir", str(afile))
    assert result.exit_code == 2
    assert error_line(result) == f"error: --runs-dir {afile} is a file, not a folder"
    result = invoke("run", "--references", "--task", "two_sum", "--runs-dir", str(afile / "runs"))
    assert result.exit_code == 2 and f"{afile} is a file, not a folder" in error_line(result)
    assert afile.read_text() == ""


def test_runs_dir_where_nothing_can_be_created():
    result = invoke("run", "--references", "--task", "two_sum", "--runs-dir", "/proc/effx-runs")
    assert result.exit_code == 2
    assert "--runs-dir /proc/effx-runs: cannot create anything in /proc" in error_line(result)
    assert not Path("/proc/effx-runs").exists()


def test_unknown_sandbox_leaves_no_run_folder(runs):
    assert "unknown sandbox 'bogus'" in refused(runs, "--sandbox", "bogus", "--references", "--task", "two_sum")


@pytest.mark.parametrize("run_id", ["../../x", "/abs/path", "a/b", "..", ".hidden", "a b", ""])
def test_run_id_must_be_a_plain_name(tmp_path, runs, run_id):
    line = refused(runs, "--run-id", run_id, "--references", "--task", "two_sum")
    assert "is not a plain name" in line
    assert not (tmp_path.parent / "x").exists()


@pytest.mark.parametrize("content", ["", "\n\n   \n"])
def test_empty_samples_file_is_an_error(tmp_path, runs, content):
    empty = tmp_path / "s.jsonl"
    empty.write_text(content)
    assert refused(runs, "--samples", str(empty)) == f"error: no samples in {empty}: the file is empty or " \
                                                      "holds only blank lines"


@pytest.mark.parametrize(("args", "named"), [
    (("--lang", "cpp"), "--lang cpp"),
    (("--task", "connect_sticks"), "--task connect_sticks"),
    (("--lang", "python", "--lang", "cpp", "--task", "connect_sticks"),
     "--lang python --lang cpp --task connect_sticks"),
])
def test_samples_all_filtered_out_names_the_filters(tmp_path, runs, args, named):
    samples = tmp_path / "s.jsonl"
    samples.write_text(sample() + "\n")
    line = refused(runs, "--samples", str(samples), *args)
    assert f"no sample in {samples} is left after {named}" in line


def test_an_unexpected_crash_says_where_the_traceback_is(tmp_path, runs, monkeypatch):
    import effx.orchestrate.runner as runner

    def broken(config):
        raise RuntimeError("a bug\nspanning lines")

    monkeypatch.setattr(runner, "plan_run", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = invoke("run", "--references", "--runs-dir", str(runs))
    assert result.exit_code == 1
    line = error_line(result)
    assert line.startswith("error: unexpected RuntimeError: a bug spanning lines (the full traceback is in ")
    saved = Path(line.split("the full traceback is in ")[1].split(";")[0])
    assert saved.parent == tmp_path and "Traceback" in saved.read_text() and "in broken" in saved.read_text()
    assert not runs.exists()


def test_a_missing_database_driver_names_the_package(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_drivers(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.split(".")[0] in ("psycopg2", "psycopg"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_drivers)
    for url in ("postgresql://user@localhost/effx", "postgresql+psycopg2://user@localhost/effx"):
        result = invoke("runs", "list", "--db", url)
        assert result.exit_code == 2
        line = error_line(result)
        assert "is not installed; install it with `pip install psycopg" in line


def test_read_only_store_commands_create_no_store(tmp_path):
    db = tmp_path / "data" / "effx.db"
    url = f"sqlite:///{db}"
    result = invoke("runs", "show", "nope", "--db", url)
    assert result.exit_code == 2 and "no run 'nope'" in error_line(result)
    result = invoke("runs", "rm", "nope", "--db", url)
    assert result.exit_code == 2 and "no run 'nope'" in error_line(result)
    not_a_run = tmp_path / "not-a-run"
    not_a_run.mkdir()
    result = invoke("runs", "import", str(not_a_run), "--db", url)
    assert result.exit_code == 2 and "not-a-run" in error_line(result)
    result = invoke("runs", "list", "--db", url)
    assert result.exit_code == 0 and "no runs stored" in result.output
    result = invoke("report", "--run", "nope", "--db", url, "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "no run 'nope'" in error_line(result)
    result = invoke("report", "--all", "--db", url, "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "holds no runs" in error_line(result)
    assert not db.exists() and not db.parent.exists() and not (tmp_path / "r.html").exists()


def test_report_into_a_missing_folder_names_it(tmp_path):
    out = tmp_path / "missing" / "report.html"
    result = invoke("report", "--all", "--db", f"sqlite:///{tmp_path / 'effx.db'}", "-o", str(out))
    assert result.exit_code == 2
    assert f"the folder {out.parent} does not exist" in error_line(result)
    assert not (tmp_path / "effx.db").exists()


def test_generate_exits_1_when_every_request_failed(tmp_path):
    out = tmp_path / "samples.jsonl"
    # Nothing listens on port 9 of the loopback: every request fails at once.
    result = invoke("generate", "--suite", "core", "--lang", "python", "--task", "two_sum", "--model", "m",
                    "--base-url", "http://127.0.0.1:9/v1", "--retries", "0", "--timeout", "5", "-o", str(out))
    assert result.exit_code == 1, result.output
    assert "error: every request failed" in result.output


def test_no_traceback_in_a_real_process(tmp_path):
    binary = tmp_path / "s.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01binary")
    done = subprocess.run([sys.executable, "-m", "effx", "run", "--samples", str(binary), "--runs-dir",
                           str(tmp_path / "runs")], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: samples file {binary} is not UTF-8 text "
                                                "(invalid start byte at byte 0)"]
    assert done.stdout == "" and not (tmp_path / "runs").exists()


@pytest.mark.parametrize("command", [
    ("optimize", "--lang", "python", "--model", "m", "--base-url", "http://127.0.0.1:9/v1", "--task", "two_sum"),
    ("validate", "--lang", "python", "--task", "two_sum"),
])
def test_unknown_sandbox_is_refused_before_a_run_folder_exists(runs, command):
    result = invoke(*command, "--sandbox", "bogus", "--runs-dir", str(runs))
    assert result.exit_code == 2 and "unknown sandbox 'bogus'" in error_line(result)
    assert not runs.exists()


def test_serve_refuses_an_unknown_sandbox_before_listening():
    result = invoke("serve", "--sandbox", "bogus", "--no-auth")
    assert result.exit_code == 2 and "unknown sandbox 'bogus'" in error_line(result)


def test_repo_run_names_a_binary_instances_file_and_refuses_a_bad_run_id(tmp_path, runs):
    binary = tmp_path / "instances.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01binary")
    result = invoke("repo", "run", "--instances", str(binary), "--predictions", "gold", "--runs-dir", str(runs))
    assert result.exit_code == 2
    assert error_line(result) == f"error: --instances {binary} is not UTF-8 text (invalid start byte at byte 0)"
    result = invoke("repo", "run", "--instances", str(binary), "--predictions", "gold", "--run-id", "../x",
                    "--runs-dir", str(runs))
    assert result.exit_code == 2 and "is not a plain name" in error_line(result)
    assert not runs.exists()
