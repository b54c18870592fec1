"""The `effx` command line follows the conventions of command-line tools: --version, `python -m`,
--json with a printable schema, tables that never cut an id, help for every option, and a README that
documents exactly the commands there are.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from pydantic import TypeAdapter
from typer.testing import CliRunner

from effx.cli.json_models import SCHEMAS
from effx.cli.root import build_app
from effx.models import RunManifest, RunResult, Status

app = build_app()
README = Path(__file__).resolve().parents[1] / "README.md"


def invoke(*args: str, **env: str):
    return CliRunner().invoke(app, list(args), env=env or None)


def commands() -> dict[tuple[str, ...], object]:
    """Every command path of the CLI: ("run",), ("runs", "list"), ...; groups map to their subcommands."""
    root = typer.main.get_command(app)
    paths: dict[tuple[str, ...], object] = {}
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", {})
        paths[(name,)] = command
        for sub in subs:
            paths[(name, sub)] = subs[sub]
    return paths


def test_version():
    from importlib.metadata import version

    result = invoke("--version")
    assert result.exit_code == 0 and result.output == f"effx {version('effx')}\n"


def test_python_dash_m_effx_runs_the_cli(tmp_path):
    done = subprocess.run([sys.executable, "-m", "effx", "--version"], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("effx ")
    done = subprocess.run([sys.executable, "-m", "effx", "suites", "nope"], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.startswith("error: unknown suite 'nope'")


def test_every_option_has_help_and_flags_show_no_value():
    for path, command in commands().items():
        for param in command.params:  # type: ignore[attr-defined]
            assert param.help, f"effx {' '.join(path)}: {param.name} has no help text"
        help_text = invoke(*path, "--help", COLUMNS="120").output
        assert "<bool>" not in help_text, f"effx {' '.join(path)} --help shows a flag as taking a value"


def test_generate_has_a_long_form_for_n():
    help_text = invoke("generate", "--help", COLUMNS="120").output
    assert "--samples" in help_text and "-n" in help_text


def test_languages_is_one_line_per_language_and_details_on_request():
    from effx.registry import language_names

    compact = invoke("languages")
    assert compact.exit_code == 0
    assert [line.split()[0] for line in compact.output.splitlines()] == language_names()
    detail = invoke("languages", "python")
    assert detail.exit_code == 0 and "solution" in detail.output and "Solution" in detail.output
    verbose = invoke("languages", "--verbose")
    assert verbose.exit_code == 0 and verbose.output.count("  solution ") == len(language_names())
    unknown = invoke("languages", "pyhton")
    assert unknown.exit_code == 2 and "Did you mean python" in unknown.output


def test_suites_lists_counts_and_one_suite_lists_its_tasks():
    from effx.registry import get_suite_loader

    core = get_suite_loader("core")(with_cases=False)
    listing = invoke("suites", COLUMNS="120")
    assert listing.exit_code == 0 and re.search(rf"core\s+│\s+{len(core.tasks)}\s", listing.output)
    tasks = invoke("suites", "core", COLUMNS="80")
    assert tasks.exit_code == 0
    for task in core.tasks.values():
        assert task.id in tasks.output
    assert core.tasks["two_sum"].title.split()[0] in tasks.output


@pytest.mark.parametrize(("args", "schema"), [
    (("suites", "--json"), "suites"),
    (("suites", "core", "--json"), "suites"),
    (("languages", "--json"), "languages"),
])
def test_json_output_matches_its_schema(args, schema):
    result = invoke(*args)
    assert result.exit_code == 0
    TypeAdapter(SCHEMAS[schema]).validate_json(result.output)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_schema_prints(name):
    result = invoke("schema", name)
    assert result.exit_code == 0 and json.loads(result.output)["type"] in ("object", "array")


def write_run(root: Path, run_id: str) -> Path:
    run_dir = root / run_id
    run_dir.mkdir(parents=True)
    manifest = RunManifest(run_id=run_id, created="2025-01-01T00:00:00", suite="core",
                           languages=["python", "cpp", "rust", "go"], sandbox="local+bwrap", tasks=["two_sum"],
                           machine={"cpu": "test cpu"}, toolchains={"python": "3.11"}, status="complete")
    (run_dir / "manifest.json").write_text(manifest.model_dump_json())
    result = RunResult(task_id="two_sum", language="python", model="a-model-with-a-rather-long-name", sample_id=0,
                       status=Status.ok, runtime_ms=1.0)
    (run_dir / "results.jsonl").write_text(result.model_dump_json() + "\n")
    return run_dir


def test_runs_list_and_show_at_80_columns_and_as_json(tmp_path):
    run_id = "20250101-000000-core-python-cpp-rust-go-nightly"
    db = f"sqlite:///{tmp_path / 'effx.db'}"
    assert invoke("runs", "import", str(write_run(tmp_path, run_id)), "--db", db).exit_code == 0
    table = invoke("runs", "list", "--db", db, COLUMNS="80")
    assert table.exit_code == 0 and run_id in table.output
    assert max(len(line) for line in table.output.splitlines()) <= 80
    listed = invoke("runs", "list", "--db", db, "--json")
    (stored,) = TypeAdapter(SCHEMAS["runs-list"]).validate_json(listed.output)
    assert stored.manifest.run_id == run_id and stored.results == 1
    shown = invoke("runs", "show", run_id, "--db", db, "--json")
    details = TypeAdapter(SCHEMAS["runs-show"]).validate_json(shown.output)
    assert details.verdicts == {"ok": 1}


def test_run_json_prints_the_summary(tmp_path):
    result = invoke("run", "--lang", "python", "--task", "two_sum", "--repeat", "1", "--runs-dir",
                    str(tmp_path / "runs"), "--run-id", "j", "--no-report", "--no-store", "--json")
    assert result.exit_code == 0, result.output
    summary = TypeAdapter(SCHEMAS["run"]).validate_json(result.output[result.output.index("{"):])
    assert summary.run_id == "j" and summary.status == "complete" and summary.results > 0
    assert {s.language for s in summary.leaderboard} == {"python"} and summary.report is None


def test_a_line_without_model_is_accepted_and_the_error_text_says_so(tmp_path):
    from effx.orchestrate.samples import SamplesError, read_samples

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"task_id": "two_sum", "language": "python", "solution": "x = 1"}) + "\n")
    (only,) = read_samples(path)
    assert only.model == "unknown"
    path.write_text(json.dumps({"task_id": "two_sum", "language": "python"}) + "\n")
    with pytest.raises(SamplesError, match="model is optional"):
        read_samples(path)


def test_evalplus_lines_take_the_given_language(tmp_path):
    from effx.orchestrate.samples import SamplesError, read_samples

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"task_id": "two_sum", "completion": "x = 1"}) + "\n")
    (only,) = read_samples(path, language="python")
    assert (only.language, only.model, only.solution) == ("python", "unknown", "x = 1")
    with pytest.raises(SamplesError, match=":1: language: Field required"):
        read_samples(path)


def readme_commands() -> set[tuple[str, ...]]:
    """Every `effx CMD [SUB]` in README.md's shell blocks and inline code."""
    code, prose, fence = [], [], None
    for line in README.read_text().splitlines():
        if line.startswith("```"):
            fence = None if fence is not None else (line[3:].strip() or "text")
            continue
        (code if fence in ("bash", "sh", "console", "text") else prose).append(line)
    found = set()
    for line in code:
        for match in re.finditer(r"(?:^|[\s;&|(])effx((?:\s+[a-z][\w-]*){1,2})", line.split("#")[0]):
            found.add(tuple(match.group(1).split()))
    for span in re.findall(r"`([^`]+)`", "\n".join(prose)):
        match = re.match(r"(?:[A-Z_]+=\S+\s+)*effx((?:\s+[a-z][\w-]*){1,2})", span)
        if match:
            found.add(tuple(match.group(1).split()))
    return found


def test_readme_documents_exactly_the_cli_commands():
    cli = commands()
    groups = {path[0] for path in cli if len(path) == 2}
    mentioned = set()
    for words in readme_commands():
        path = words if words[0] in groups and len(words) == 2 else words[:1]
        assert path in cli, f"README.md mentions `effx {' '.join(words)}`, which is not a command"
        mentioned.add(path)
    leaves = {path for path in cli if path[0] not in groups or len(path) == 2}
    assert not leaves - mentioned, f"commands README.md never shows: {sorted(leaves - mentioned)}"


def test_one_option_name_per_concept_across_commands():
    paths = commands()

    def shown(path: tuple[str, ...]) -> set[str]:
        return {opt for p in paths[path].params if not getattr(p, "hidden", False)  # type: ignore[attr-defined]
                for opt in p.opts}

    for path in paths:
        assert not shown(path) & {"--runs", "--measure"}, f"effx {' '.join(path)} shows an old option name"
    for path in [("run",), ("repo", "run"), ("optimize",)]:
        assert "--repeat" in shown(path), f"effx {' '.join(path)}: repetitions are --repeat"
    for path in [("run",), ("score",)]:
        assert "--metric" in shown(path)
        assert "time" in invoke(*path, "--help", COLUMNS="200").output
    assert "--score" in shown(("score",))


def test_repo_run_takes_repeat_and_still_the_old_runs_with_a_note(tmp_path, monkeypatch):
    import effx.cli.repo_commands as repo_commands
    import effx.repos.repo_run as repo_run
    from effx.repos.models import RepoSummary

    seen = []
    monkeypatch.setattr(repo_commands, "_load", lambda instances, predictions: ([], {}))

    def fake_run(instances, predictions, config, on_result=None):
        seen.append(config.runs)
        return RepoSummary(n=0, apply=0.0, correctness=0.0, performance=0.0, statuses={})

    monkeypatch.setattr(repo_run, "run_instances", fake_run)
    (tmp_path / "i.jsonl").write_text("")
    base = ["repo", "run", "--instances", str(tmp_path / "i.jsonl"), "--predictions", "gold",
            "--runs-dir", str(tmp_path / "runs"), "--run-id", "r"]
    new = CliRunner().invoke(app, [*base, "--repeat", "7"])
    assert new.exit_code == 0, new.output
    assert new.stderr == ""
    old = CliRunner().invoke(app, [*base, "--runs", "9"])
    assert old.exit_code == 0, old.output
    assert old.stderr == "note: --runs is deprecated; use --repeat\n"
    assert seen == [7, 9]


def test_shell_completion_is_on_and_completes_commands_and_options():
    def complete(words: str) -> list[str]:
        env = {**os.environ, "_EFFX_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - 1)}
        done = subprocess.run(["effx"], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert complete("effx ru") == ["run", "runs"]
    assert complete("effx score --sc") == ["--score"]
    assert complete("effx score --mea") == []  # the deprecated spelling is hidden from completion too
    assert "--repeat" in complete("effx repo run --re") and "--runs" not in complete("effx repo run --ru")
    shown = subprocess.run(["bash", "-c", "effx --show-completion"], capture_output=True, text=True, timeout=120,
                           stdin=subprocess.DEVNULL)
    assert shown.returncode == 0 and "_EFFX_COMPLETE" in shown.stdout, shown.stderr
    help_text = invoke("--help", COLUMNS="120").output
    assert "--install-completion" in help_text and "--show-completion" in help_text
