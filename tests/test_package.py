"""The package's shape: a cheap import, a complete public API, one registry, dependencies one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import effx
from effx.registry import LANGUAGES, METRICS, SANDBOXES, SUITES, Registry, UnknownNameError

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"effx": ROOT / "harness", "effx.languages": ROOT / "languages", "effx.tasks": ROOT / "tasks",
           "effx.repos": ROOT / "repos", "effx.reports": ROOT / "reports"}


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (task data aside)."""
    found: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in folder.rglob("*.py"):
            rel = path.relative_to(folder)
            if rel.parts[:1] == ("core",) and package == "effx.tasks" and len(rel.parts) > 2:
                continue  # task data: generators and references
            parts = [*rel.parts[:-1]] + ([] if rel.name == "__init__.py" else [rel.stem])
            found[".".join([package, *parts])] = path
    return found


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_import_effx_pulls_in_nothing_heavy() -> None:
    code = ("import sys, effx; heavy = {'jinja2', 'docker', 'ray', 'scipy', 'sqlalchemy', 'typer', 'tree_sitter'}; "
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_public_name_of_effx_resolves() -> None:
    for name in effx.__all__:
        assert getattr(effx, name) is not None, name
    for name in __import__("effx.languages", fromlist=["__all__"]).__all__:
        assert getattr(__import__("effx.languages", fromlist=[name]), name) is not None, name


def test_python_dash_m_effx_runs_the_command_line() -> None:
    result = subprocess.run([sys.executable, "-m", "effx", "--help"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for command in ("run", "suites", "languages", "score", "report", "repo", "validate", "images"):
        assert command in result.stdout


def test_no_module_outside_the_command_line_imports_it() -> None:
    offenders = [name for name, path in _modules().items() if not name.startswith("effx.cli")
                 and name != "effx.__main__" and any(i.startswith("effx.cli") for i in _imports(path))]
    assert offenders == []


def test_tasks_never_import_a_sandbox_or_a_language_plugin() -> None:
    offenders = {name: sorted(i for i in _imports(path) if i.startswith("effx.sandbox") or i.endswith(".plugin"))
                 for name, path in _modules().items() if name.startswith("effx.tasks")}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_module_file_names_are_unique_apart_from_parallel_plugins() -> None:
    names = Counter(path.name for path in _modules().values() if path.name != "__init__.py")
    repeated = {name for name, count in names.items() if count > 1}
    # One plugin.py per language; models.py is the vocabulary of effx and of its repository mode.
    assert repeated <= {"plugin.py", "models.py"}


def test_a_registry_resolves_names_lazily_and_suggests_close_ones() -> None:
    registry: Registry[object] = Registry("widget", "effx.test-widgets", {"path": "pathlib:Path"})
    assert registry.names() == ["path"]
    assert registry.get("path") is Path
    with pytest.raises(UnknownNameError, match="unknown widget 'pth'. Did you mean path"):
        registry.get("pth")


def test_the_register_decorator_adds_a_name_and_refuses_a_second_object_under_it() -> None:
    registry: Registry[object] = Registry("widget", "effx.test-widgets")

    @registry.register("one")
    def one() -> int:
        return 1

    assert registry.get("one") is one and registry.names() == ["one"]
    with pytest.raises(RuntimeError, match="registered twice"):
        registry.register("one")(lambda: 2)


def test_every_builtin_kind_is_one_registry() -> None:
    assert {"python", "cpp", "c", "rust", "go", "java", "javascript", "ruby"} <= set(LANGUAGES.names())
    assert {"core", "mercury", "venus", "effibench-x"} <= set(SUITES.names())
    assert {"local", "docker"} <= set(SANDBOXES.names())
    assert "beyond" in METRICS.names()


def test_unknown_sandboxes_and_executors_answer_with_the_known_names() -> None:
    from effx.orchestrate.runner import RunConfig, RunConfigError, make_executor
    from effx.sandbox import get_sandbox

    with pytest.raises(UnknownNameError, match="unknown sandbox 'dokcer'. Did you mean docker"):
        get_sandbox("dokcer")
    with pytest.raises(RunConfigError, match="unknown executor 'pol'. Did you mean pool"):
        make_executor(RunConfig(suite="core", executor="pol"))
