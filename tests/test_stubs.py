"""Every language's stub, and the drivers' `EFFX_SKIP_CALLS` mode it is run in.

A stub (`LanguagePlugin.stub`) run with `EFFX_SKIP_CALLS=1` is the program whose cost is the driver
alone: start-up, loading, reading the cases and building every argument, with no judged code in it. So
for each installed language, the stub of every function task of the core suite is rendered, compiled in
the bubblewrap sandbox and run in skip mode over the task's own cases; it must exit 0 with empty lists.
A skip run must still convert the arguments (that is the cost it stands for), so a case that does not
fit the signature fails it too. A stub that is called after all must fail loudly, never return a value.
The other skip value (`EFFX_SKIP_CALLS=0`: a normal run with zero times) is checked on a reference.

Compiles go through the session's shared compile cache, so the later tests reuse the first one's
builds; each language's tasks are compiled and run two at a time, once the first has made the shared
build.
"""

from __future__ import annotations

import json
import re
import signal
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from effx.languages.entry_check import check_entry_point
from effx.languages.toolchains import toolchain_key
from effx.models import Limits, Param, Program, Task
from effx.registry import get_language, get_suite_loader
from effx.sandbox.base import CompileOutcome, Execution

LANGUAGES = ("python", "cpp", "c", "java", "javascript", "go", "rust", "ruby")
SKIP_ENV = "EFFX_SKIP_CALLS"
LIMITS = Limits(wall_s=60, cpu_s=60, memory_mb=1024)
EXIT_RUNTIME_ERROR, EXIT_DRIVER_ERROR = 1, 2


@pytest.fixture(scope="module")
def core_tasks() -> list[Task]:
    return list(get_suite_loader("core")().tasks.values())


@pytest.fixture(scope="module")
def function_tasks(core_tasks: list[Task]) -> list[Task]:
    tasks = [t for t in core_tasks if t.mode == "function"]
    assert len(tasks) > 30
    return tasks


def _installed(language: str) -> None:
    if toolchain_key(language) == "missing":
        pytest.skip(f"the {language} toolchain is not installed: {get_language(language).toolchain.install_hint}")


def _stub_program(task: Task, language: str) -> Program:
    plugin = get_language(language)
    return plugin.render(task, plugin.stub(task), toolchain_key(language))


def _compile(sandbox: Any, program: Program) -> CompileOutcome:
    compiled = sandbox.compile(program)
    assert compiled.ok and compiled.sandbox_error is None, (compiled.sandbox_error or compiled.message)[-3000:]
    return compiled


def _run(sandbox: Any, program: Program, compiled: CompileOutcome, cases: list[Any], skip: str | None) -> Execution:
    env = dict(program.env)
    if skip is not None:
        env[SKIP_ENV] = skip
    return sandbox.run(program.model_copy(update={"env": env}), compiled, limits=LIMITS,
                       inputs={"cases.json": json.dumps(cases).encode()}, outputs=("result.json",))


def _result(ex: Execution) -> dict[str, list[Any]]:
    assert ex.sandbox_error is None and ex.exit_code == 0, f"exit {ex.exit_code}, signal {ex.signal}: {ex.stderr_tail}"
    return json.loads(ex.files["result.json"])


def _cases(task: Task) -> list[Any]:
    return [case.input for case in task.cases]


# ---- the stubs themselves, without a toolchain ----------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_stub_passes_the_entry_point_check_and_stdio_tasks_have_none(language: str, core_tasks: list[Task],
                                                                     function_tasks: list[Task]) -> None:
    plugin = get_language(language)
    for task in function_tasks:
        stub = plugin.stub(task)
        assert stub.endswith("\n") and check_entry_point(task, stub, language) is None, (task.id, stub)
        assert task.signature is not None
        entry = plugin.entry_call(task.signature)
        assert entry is not None
        misnamed = re.sub(rf"\b{entry[0][0]}\b", f"{entry[0][0]}Misnamed", stub)
        assert check_entry_point(task, misnamed, language), f"the check did not look at {task.id}'s {language} stub"
    stdio = next(t for t in core_tasks if t.mode == "stdio")
    with pytest.raises(ValueError, match="stdio"):
        plugin.stub(stdio)


def test_stub_parameters_never_use_a_reserved_word(function_tasks: list[Task]) -> None:
    task = function_tasks[0]
    assert task.signature is not None
    params = [Param(name=name, type="str") for name in ("type", "map", "from")]
    odd = task.model_copy(update={"signature": task.signature.model_copy(update={"params": params})})
    assert "type_ string" in get_language("go").stub(odd) and "map_ string" in get_language("go").stub(odd)
    assert "from_: str" in get_language("python").stub(odd)


# ---- compiled and run in the sandbox ----------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_stub_compiles_and_its_skip_run_writes_empty_lists(language: str, isolated_sandbox: Any,
                                                                      function_tasks: list[Task]) -> None:
    _installed(language)

    def check(task: Task) -> str | None:
        program = _stub_program(task, language)
        compiled = isolated_sandbox.compile(program)
        if not compiled.ok:
            return f"{task.id}: does not compile: {(compiled.sandbox_error or compiled.message)[-1500:]}"
        ex = _run(isolated_sandbox, program, compiled, _cases(task), "1")
        if ex.sandbox_error is not None or ex.exit_code != 0:
            return f"{task.id}: skip run failed (exit {ex.exit_code}, signal {ex.signal}): {ex.stderr_tail[-1500:]}"
        result = json.loads(ex.files.get("result.json", b"null"))
        if not isinstance(result, dict) or result.get("outputs") != [] or result.get("times_ns") != [] \
                or result.get("cpu_times_ns", []) != []:
            return f"{task.id}: skip run wrote {result!r}"
        return None

    failures = [check(function_tasks[0])]  # alone, so the language's shared build is made once
    with ThreadPoolExecutor(max_workers=2) as pool:  # a compile does not keep two cores busy
        failures += pool.map(check, function_tasks[1:])
    assert not any(failures), "\n".join(f for f in failures if f)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_run_still_converts_every_case_and_a_called_stub_fails(language: str, isolated_sandbox: Any,
                                                                    function_tasks: list[Task]) -> None:
    _installed(language)
    task = next(t for t in function_tasks if t.id == "two_sum")
    program = _stub_program(task, language)
    compiled = _compile(isolated_sandbox, program)
    # nums (list[int]) given a number, in the last case only: every case's arguments are built
    bad = [[[2, 7, 11, 15], 9], [[3, 2, 4], 6], [7, 9]]
    ex = _run(isolated_sandbox, program, compiled, bad, "1")
    assert ex.exit_code == EXIT_DRIVER_ERROR and "result.json" not in ex.files, (ex.exit_code, ex.stderr_tail)
    assert _result(_run(isolated_sandbox, program, compiled, bad[:2], "1")) in (
        {"outputs": [], "times_ns": []}, {"outputs": [], "times_ns": [], "cpu_times_ns": []})

    called = _run(isolated_sandbox, program, compiled, bad[:2], None)
    failed = called.exit_code == EXIT_RUNTIME_ERROR or called.signal == signal.SIGABRT
    assert failed and "result.json" not in called.files, (called.exit_code, called.signal, called.stderr_tail)


@pytest.mark.parametrize("language", LANGUAGES)
def test_skip_calls_zero_runs_normally_with_zero_times(language: str, isolated_sandbox: Any,
                                                       function_tasks: list[Task]) -> None:
    _installed(language)
    task = next(t for t in function_tasks if t.id == "two_sum")
    reference = next(r for r in task.references_for(language) if r.name == "hashmap")
    program = get_language(language).render(task, reference.code, toolchain_key(language))
    compiled = _compile(isolated_sandbox, program)
    cases = _cases(task)[:40]
    timed = _result(_run(isolated_sandbox, program, compiled, cases, None))
    assert len(timed["outputs"]) == len(cases) and sum(timed["times_ns"]) > 0
    counted = _result(_run(isolated_sandbox, program, compiled, cases, "0"))
    assert counted["outputs"] == timed["outputs"]
    assert counted["times_ns"] == [0] * len(cases) and set(counted.get("cpu_times_ns", [0])) == {0}
    skipped = _result(_run(isolated_sandbox, program, compiled, cases, "1"))
    assert skipped["outputs"] == [] and skipped["times_ns"] == []


SWITCH_TO_ZERO_TIMES = {
    "python": "import os\nos.environ['EFFX_SKIP_CALLS'] = '0'\n",
    "javascript": "process.env.EFFX_SKIP_CALLS = '0';\n",
    "ruby": "ENV['EFFX_SKIP_CALLS'] = '0'\n",
    "go": 'package main\n\nimport "os"\n\nvar _ = os.Setenv("EFFX_SKIP_CALLS", "0")\n\n'
          'func init() { os.Setenv("EFFX_SKIP_CALLS", "0") }\n',
}
"""Load-time code that would make a driver write zero times, had it read the mode after loading the solution."""


@pytest.mark.parametrize("language", list(SWITCH_TO_ZERO_TIMES))
def test_the_solution_cannot_change_the_mode_while_it_loads(language: str, isolated_sandbox: Any,
                                                            function_tasks: list[Task]) -> None:
    _installed(language)
    task = next(t for t in function_tasks if t.id == "two_sum")
    reference = next(r for r in task.references_for(language) if r.name == "hashmap")
    code = SWITCH_TO_ZERO_TIMES[language] + re.sub(r"^\s*package\s+main\s*$", "", reference.code, flags=re.M)
    program = get_language(language).render(task, code, toolchain_key(language))
    result = _result(_run(isolated_sandbox, program, _compile(isolated_sandbox, program), _cases(task)[:20], None))
    assert len(result["outputs"]) == 20 and sum(result["times_ns"]) > 0
