"""Instruction counts: an exact, repeatable cost measure, counted with valgrind's cachegrind.

Method. A program is run twice under `valgrind --tool=cachegrind --cache-sim=no` (cache simulation off:
it only counts guest instructions, about 8x slower than native for C++ and 30x for Python):

* a *full* run, exactly as in time mode, and
* a *skip* run with `EFFX_SKIP_CALLS=1`, for which the driver does everything except calling the
  solution: interpreter start-up, loading the solution, parsing `cases.json`, building the arguments.

`instructions = count(full) - count(skip)`. Both counts are exact, so the difference is the cost of the
solution calls plus the conversion of their results to JSON (proportional to the output size, which the
solution had to build anyway). The skip run depends only on the program and the cases, so it is counted
once per (program, cases) and cached for the process. Stdio tasks have no driver: their count is the
whole program, start-up included, summed over cases.

Repeatability. Counts are identical run to run for C, C++, Rust and Python (with `PYTHONHASHSEED` fixed,
ASLR off and the same `/work` path in every sandbox). Drivers call the solution on a second thread, so
valgrind runs with `--fair-sched=yes`: threads then take turns in a fixed order instead of whichever the
kernel wakes first, which on a loaded machine changed the count of the thread hand-over by a few dozen
instructions. Runtimes with background threads whose interleaving
changes the work done (Go's concurrent GC, the JVM's and V8's JIT compilers) or a per-process random hash
seed (Ruby) give counts that vary, so `--metric instructions` refuses them rather than report a number
that only looks exact. A third-party plugin opts in with a class attribute `instruction_counts_exact = True`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from effx.measure.crosscheck import SKIP_ENV
from effx.measure.verdict import CASES_FILE, cases_file
from effx.models import Limits, Program, Task
from effx.sandbox.base import CompileOutcome, Sandbox

__all__ = [
    "COUNT_FILE", "EXACT_LANGUAGES", "InstructionCountError", "check_languages", "count", "counting_limits",
    "counting_program", "parse_count", "valgrind_path",
]

EXACT_LANGUAGES = frozenset({"c", "cpp", "rust", "python"})
"""Languages whose instruction counts repeat exactly (checked by tests and `benchmarks/`)."""
COUNT_FILE = "effx-cachegrind.out"
"""Where cachegrind writes its totals, relative to the work directory."""
SLOWDOWN = 40
"""Limits grow by this factor under valgrind (Python runs ~30x slower, C++ ~8x)."""
MAIN_STACK_BYTES = 256 << 20
"""Main-thread stack under valgrind: the Python driver counts on its main thread (one thread keeps the
count exact) and needs the same deep-recursion room its solution thread has in time mode."""

_NOT_EXACT = {
    "go": "Go's garbage collector runs on background threads, so the work done differs run to run",
    "java": "the JVM compiles hot code on background threads, so the work done differs run to run",
    "javascript": "V8 compiles and collects garbage on background threads, so the work done differs run to run",
    "ruby": "Ruby seeds its hash function randomly per process, so the work done differs run to run",
}


class InstructionCountError(RuntimeError):
    """Instruction counting is unavailable here or for a language; the message says what to do."""


def valgrind_path() -> str:
    """The valgrind executable.

    Raises:
        InstructionCountError: valgrind is not installed.
    """
    found = shutil.which("valgrind")
    if not found:
        raise InstructionCountError("--metric instructions needs valgrind; install it with "
                                    "`apt-get install valgrind`, or use --metric time or --metric cpu")
    return found


def is_exact(language: str) -> bool:
    """Whether instruction counts of `language` repeat exactly."""
    if language in EXACT_LANGUAGES:
        return True
    from effx.registry import get_language

    try:
        return bool(getattr(get_language(language), "instruction_counts_exact", False))
    except Exception:  # an unknown language is reported by the run's own checks
        return False


def check_languages(languages: list[str] | tuple[str, ...] | set[str]) -> None:
    """Refuse `--metric instructions` for languages whose counts are not repeatable, or without valgrind.

    Raises:
        InstructionCountError: naming each refused language and why.
    """
    refused = [lang for lang in sorted(languages) if not is_exact(lang)]
    if refused:
        reasons = "; ".join(f"{lang}: {_NOT_EXACT.get(lang, 'its counts are not known to repeat')}"
                            for lang in refused)
        exact = ", ".join(sorted(EXACT_LANGUAGES))
        raise InstructionCountError(
            f"--metric instructions gives exact, repeatable counts only for {exact}; refused for {reasons}. "
            "Drop those languages (--lang) or use --metric cpu for them")
    valgrind_path()


def counting_program(program: Program, *, skip: bool) -> Program:
    """`program` run under cachegrind; with `skip`, the driver leaves out the solution calls.

    The compile step and files are unchanged (same content hash), so the compiled artifacts are reused.
    """
    argv = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--vgdb=no", "-q", "--fair-sched=yes",
            f"--main-stacksize={MAIN_STACK_BYTES}",
            f"--cachegrind-out-file={COUNT_FILE}", *program.run_argv]
    env = {**program.env, SKIP_ENV: "1" if skip else "0"}
    # valgrind reserves address space for its own heap: the data-segment rlimit would stop it
    return program.model_copy(update={"run_argv": argv, "env": env, "no_data_limit": True})


def counting_limits(limits: Limits) -> Limits:
    """Limits for a run under valgrind: `SLOWDOWN` times the time, room for valgrind's own memory."""
    return limits.model_copy(update={"wall_s": limits.wall_s * SLOWDOWN, "cpu_s": limits.cpu_s * SLOWDOWN,
                                     "memory_mb": limits.memory_mb * 2 + 512})


def parse_count(text: bytes | str) -> int:
    """The instruction total (`summary:` line, Ir events) of a cachegrind output file.

    Raises:
        InstructionCountError: the file holds no summary (valgrind failed or was killed).
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    for line in text.splitlines():
        if line.startswith("summary:"):
            fields = line.split()
            if len(fields) >= 2 and fields[1].isdigit():
                return int(fields[1])
    raise InstructionCountError(f"no instruction total in the cachegrind output ({len(text)} bytes)")


def count(sandbox: Sandbox, task: Task, program: Program, compiled: CompileOutcome, *,
          limits: Limits, cpu: int | None = None, cache: Path | None = None,
          trusted: tuple[Program, CompileOutcome] | None = None) -> int:
    """Instructions spent in the solution calls of one full run over every case of `task`.

    Args:
        sandbox: where `program` was compiled.
        task: the task whose cases are run.
        program: the rendered program (its run argv is wrapped in valgrind here).
        compiled: the outcome of compiling `program`.
        limits: the task's run limits (scaled by `SLOWDOWN` here).
        cpu: core to pin the counted runs to (counts do not depend on it; it keeps them off others' cores).
        cache: folder of cached skip-run counts; None disables the cache.
        trusted: a program the judged code cannot influence (the plugin's stub, a reference) and its
            compile outcome, whose skip run is subtracted. Without one the solution's own skip run is
            used, which a solution could inflate (it can tell it was never called and burn instructions
            then), so effx's own measurements always pass one.

    Raises:
        InstructionCountError: a counted run failed (the message says how).
    """
    slow = counting_limits(limits)
    if task.mode == "stdio":
        return sum(_count_once(sandbox, counting_program(program, skip=False), compiled, slow, cpu,
                               stdin=str(case.input).encode()) for case in task.cases)
    cases = cases_file(task)
    full = _count_once(sandbox, counting_program(program, skip=False), compiled, slow, cpu, cases=cases)
    base_program, base_compiled = trusted or (program, compiled)
    skip_program = counting_program(base_program, skip=True)
    entry = cache / _skip_key(skip_program, cases) if cache else None
    if entry is not None and entry.is_file():
        skipped = int(entry.read_text())
    else:
        skipped = _count_once(sandbox, skip_program, base_compiled, slow, cpu, cases=cases)
        if entry is not None:
            entry.parent.mkdir(parents=True, exist_ok=True)
            tmp = entry.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(str(skipped))
            os.replace(tmp, entry)
    return max(0, full - skipped)


def _count_once(sandbox: Sandbox, program: Program, compiled: CompileOutcome, limits: Limits,
                cpu: int | None, *, cases: bytes | None = None, stdin: bytes | None = None) -> int:
    inputs = {CASES_FILE: cases} if cases is not None else None
    ex = sandbox.run(program, compiled, limits=limits, inputs=inputs, stdin=stdin, outputs=(COUNT_FILE,),
                     cpu=cpu)
    if ex.sandbox_error or ex.timed_out or ex.memory_exceeded or ex.exit_code != 0:
        how = ex.sandbox_error or ("timed out" if ex.timed_out else "ran out of memory" if ex.memory_exceeded
                                   else f"exit code {ex.exit_code}, signal {ex.signal}")
        raise InstructionCountError(f"the run under valgrind failed ({how}): {ex.stderr_tail.strip()[-500:]}")
    if COUNT_FILE not in ex.files:
        raise InstructionCountError("valgrind wrote no cachegrind output: " + ex.stderr_tail.strip()[-500:])
    return parse_count(ex.files[COUNT_FILE])


def _skip_key(program: Program, cases: bytes) -> str:
    """Identity of a skip run: the program's files, argv and environment, and the cases it parses."""
    blob = json.dumps([program.content_hash(), program.run_argv, sorted(program.env.items()),
                       hashlib.sha256(cases).hexdigest()])
    return hashlib.sha256(blob.encode()).hexdigest()[:32]
