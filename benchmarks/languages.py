"""Per-language costs around a measurement: toolchain, compile time, start-up, sandbox overhead.

These are the fixed costs effx pays for every solution in a language, and they explain why effx times
only the solution's own calls (the driver's clock) instead of the process: a JVM or Node start-up is
larger than most solutions' runtime. For each language the script takes the core suite's `two_sum`
`hashmap` reference (a typical small solution) and measures, through the real local sandbox:

* compile time, twice: from an empty cache (a new cache folder each time, so nothing is reused, including
  a language's shared build such as C++'s precompiled header and driver runtime), and for a further
  program once the shared build exists, which is what every solution after the first costs; medians of
  `--compiles` runs (the measuring launcher is built before the clock starts);
* start-up: `wall_ms - runtime_ms` of a run over the task's few fixed cases, i.e. everything the process
  does outside the solution calls (runtime start, loading the solution, reading cases.json, writing
  result.json), median of `--runs` runs pinned to one core, as `effx run` does; next to it the
  process's CPU time over the same runs, which other load on the machine inflates far less;
* overhead: the time `LocalSandbox.run` takes beyond the program's own wall time (work folder staging,
  bubblewrap, the launcher, reading result files back), median over the same runs. The same figure for
  `/bin/true` (a program that does nothing) is printed under the table as the floor.

    python benchmarks/languages.py [--lang c --lang go ...] [--compiles 3] [--runs 7] [--out FILE]

Prints a Markdown table (and writes it to --out). Runtime is bounded: about
`languages x (compiles x compile time + runs x (start-up + overhead))`, a few minutes on a loaded 2-core
machine, most of it compiling C++ and Rust.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from effx.models import Program, Task

LANGUAGES = ("python", "cpp", "c", "java", "javascript", "go", "rust", "ruby")
TASK = "two_sum"
REFERENCE = "hashmap"


@dataclass(frozen=True)
class Row:
    """The measured costs of one language, in milliseconds (compile None: no compile step)."""

    language: str
    toolchain: str
    compile_ms: float | None
    """From an empty cache, shared build included."""
    next_compile_ms: float | None
    """A further program once the shared build is cached."""
    startup_ms: float
    startup_cpu_ms: float
    overhead_ms: float


def _load_task() -> Task:
    """The benchmark task with only its fixed cases, so a run is almost all start-up."""
    from effx.models import TestCase
    from effx.tasks.core import ROOT, TaskSpec, load_task

    folder = ROOT / TASK
    task = load_task(folder, with_cases=False)
    spec = TaskSpec.model_validate_json((folder / "task.json").read_text())
    return task.model_copy(update={"cases": [TestCase(input=c) for c in spec.fixed_cases]})


def _program(task: Task, language: str, note: str = "") -> Program:
    """The benchmark reference rendered as a program; `note` (a `//` comment) makes it a distinct program."""
    from effx.registry import get_language

    matches = [r for r in task.references if r.language == language and r.name == REFERENCE]
    if not matches:
        raise SystemExit(f"{TASK} has no {language}/{REFERENCE} reference; add "
                         f"tasks/core/{TASK}/references/{language}/{REFERENCE}.* or drop --lang {language}")
    code = matches[0].code + (f"\n// {note}\n" if note else "")
    return get_language(language).render(task, code)


def compile_ms(task: Task, language: str, compiles: int, scratch: Path) -> tuple[float | None, float | None]:
    """Median compile times (empty cache, then a further program), or None without a compile step."""
    from effx.sandbox.local import LocalSandbox

    if not _program(task, language).compile_argv:
        return None, None
    cold, warm = [], []
    for i in range(compiles):
        sandbox = LocalSandbox(cache_dir=scratch / f"{language}-{i}")
        for times, note in ((cold, ""), (warm, "a further program")):
            started = time.perf_counter()
            outcome = sandbox.compile(_program(task, language, note))
            elapsed_ms = (time.perf_counter() - started) * 1000
            if not outcome.ok or outcome.cached:
                raise SystemExit(f"{language}: compile failed or was cached: "
                                 f"{outcome.sandbox_error or outcome.message}")
            times.append(elapsed_ms)
    return statistics.median(cold), statistics.median(warm)


def _expected(task: Task) -> list[list[int]]:
    """two_sum's answers by brute force, so every timed run is also checked."""
    out = []
    for nums, target in (case.input for case in task.cases):
        out.append(next([i, j] for j in range(len(nums)) for i in range(j) if nums[i] + nums[j] == target))
    return out


def startup_and_overhead(task: Task, program: Program, runs: int, scratch: Path,
                         cpu: int) -> tuple[float, float, float]:
    """Medians over `runs` runs of (wall - time in solution calls), the process's CPU time, and
    (sandbox call time - wall).

    The cases are so small that the CPU time is almost all start-up; unlike the wall figure, other
    processes on the machine barely move it.
    """
    from effx.measure.verdict import execute
    from effx.sandbox.local import LocalSandbox

    sandbox = LocalSandbox(cache_dir=scratch / "runs")
    compiled = sandbox.compile(program)
    if not compiled.ok:
        raise SystemExit(f"{program.language}: compile failed: {compiled.sandbox_error or compiled.message}")
    expected = _expected(task)
    startups, cpus, overheads = [], [], []
    for _ in range(runs + 1):  # the first run warms the page cache and is dropped
        started = time.perf_counter()
        outcome = execute(sandbox, task, program, compiled, cpu=cpu)
        elapsed_ms = (time.perf_counter() - started) * 1000
        if outcome.measurement is None or outcome.outputs != expected:
            raise SystemExit(f"{program.language}: the run failed ({outcome.status}, outputs "
                             f"{outcome.outputs} instead of {expected}): {outcome.message}")
        m = outcome.measurement
        startups.append(m.wall_ms - m.runtime_ms)
        cpus.append(m.cpu_ms)
        overheads.append(elapsed_ms - m.wall_ms)
    return statistics.median(startups[1:]), statistics.median(cpus[1:]), statistics.median(overheads[1:])


def trivial_overhead(runs: int, scratch: Path, cpu: int) -> tuple[float, float]:
    """Median (sandbox call time - wall) and median wall of `/bin/true` through the local sandbox."""
    from effx.models import Limits
    from effx.sandbox.local import LocalSandbox

    sandbox = LocalSandbox(cache_dir=scratch / "runs")
    program = Program(language="none", files={}, run_argv=["/bin/true"])
    compiled = sandbox.compile(program)
    overheads, walls = [], []
    for _ in range(runs + 1):
        started = time.perf_counter()
        ex = sandbox.run(program, compiled, limits=Limits(wall_s=10), cpu=cpu)
        elapsed_ms = (time.perf_counter() - started) * 1000
        if ex.sandbox_error or ex.exit_code != 0:
            raise SystemExit(f"/bin/true did not run in the sandbox: {ex.sandbox_error or ex.stderr_tail}")
        overheads.append(elapsed_ms - ex.wall_ms)
        walls.append(ex.wall_ms)
    return statistics.median(overheads[1:]), statistics.median(walls[1:])


def measure(languages: tuple[str, ...], compiles: int, runs: int,
            cpu: int) -> tuple[list[Row], tuple[float, float]]:
    """Every language's row, and the /bin/true floor; all caches live in a temporary folder."""
    from effx.languages.toolchains import toolchain_version

    task = _load_task()
    rows = []
    with tempfile.TemporaryDirectory(prefix="effx-languages-") as tmp:
        scratch = Path(tmp)
        os.chmod(scratch, 0o755)  # compiled artifacts are staged from here for uid nobody
        floor = trivial_overhead(runs, scratch, cpu)
        for language in languages:
            program = _program(task, language)
            built, next_built = compile_ms(task, language, compiles, scratch)
            startup, startup_cpu, overhead = startup_and_overhead(task, program, runs, scratch, cpu)
            rows.append(Row(language, toolchain_version(language), built, next_built, startup, startup_cpu,
                            overhead))
            print(f"measured {language}", flush=True)
    return rows, floor


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def table(rows: list[Row], floor: tuple[float, float], header: str) -> str:
    """The Markdown table with a header line stating how and under what load it was measured."""
    lines = [header, "",
             "| language | toolchain | compile ms (empty cache) | compile ms (next program) | start-up ms (wall) "
             "| start-up ms (CPU) | sandbox + launcher overhead ms |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        built = "no compile step" if r.compile_ms is None else f"{r.compile_ms:.0f}"
        next_built = "" if r.next_compile_ms is None else f"{r.next_compile_ms:.0f}"
        lines.append(f"| {r.language} | {r.toolchain} | {built} | {next_built} | {r.startup_ms:.1f} "
                     f"| {r.startup_cpu_ms:.1f} | {r.overhead_ms:.1f} |")
    lines += ["", f"Floor: `/bin/true` through the same sandbox: {floor[0]:.1f} ms overhead per run around "
              f"a program wall time of {floor[1]:.1f} ms."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", default=None, help="language (repeatable; default: all eight)")
    parser.add_argument("--compiles", type=int, default=3, help="cold compiles per language (median)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs per language (median)")
    parser.add_argument("--cpu", type=int, default=(os.cpu_count() or 1) - 1, help="core runs are pinned to")
    parser.add_argument("--out", type=Path, default=None, help="also write the table to this file")
    args = parser.parse_args()
    languages = tuple(args.lang or LANGUAGES)
    load_before = _load()
    started = time.perf_counter()
    rows, floor = measure(languages, args.compiles, args.runs, args.cpu)
    header = (f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} CPUs, `{TASK}/{REFERENCE}` reference, "
              f"median of {args.compiles} cold compiles and {args.runs} runs pinned to core {args.cpu}; "
              f"load average {load_before} before, {_load()} after ({time.perf_counter() - started:.0f} s).")
    text = table(rows, floor, header)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
