"""effx precision benchmarks: one command, a Markdown report.

    python benchmarks/run.py [--runs 2] [--repeat 5] [--tasks two_sum,...] [--all-tasks]
                             [--languages python,cpp] [--skip-instructions] [--out FILE]
    python -m benchmarks ...   (same options)

Runs, in order: sandbox overhead per run, memory-integral error, precision (idle and with a busy
neighbour core, in time and cpu mode, plus instruction mode), and throughput per language. With the
defaults it takes about 10 minutes on a 2-core machine; `--runs`, `--repeat`, `--all-tasks` make it
bigger. The neighbour is started and stopped by the benchmark itself. Numbers depend on what else the
machine is doing: the report starts with the machine and its load average.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import overhead, precision, throughput  # noqa: E402
from effx.languages.toolchains import toolchain_version  # noqa: E402
from effx.orchestrate.executors.cores import usable_cores  # noqa: E402
from effx.orchestrate.runner import machine_info  # noqa: E402
from effx.registry import get_suite_loader  # noqa: E402
from effx.sandbox.local import LocalSandbox  # noqa: E402

DEFAULT_TASKS = ("two_sum", "longest_unique_substring", "connect_sticks", "largest_rectangle",
                 "merge_intervals", "trapping_rain_water")
"""Core tasks with references in C, C++, Rust and Python."""
COUNT_TASKS = ("two_sum",)
"""Instruction mode is 8-40x slower per run, so it uses fewer tasks."""


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="independent runs per condition and mode")
    parser.add_argument("--repeat", type=int, default=5, help="measured repetitions per run (effx default 5)")
    parser.add_argument("--tasks", default=",".join(DEFAULT_TASKS), help="comma-separated core task ids")
    parser.add_argument("--all-tasks", action="store_true", help="every task of the core suite")
    parser.add_argument("--languages", default="python,cpp", help="languages of the precision benchmark")
    parser.add_argument("--throughput-languages", default="python,cpp,c,rust")
    parser.add_argument("--skip-instructions", action="store_true", help="leave out instruction mode")
    parser.add_argument("--overhead-runs", type=int, default=60)
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    return parser.parse_args(argv)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def main(argv: list[str] | None = None) -> str:
    """Run every benchmark and return (and print) the Markdown report."""
    args = _args(argv)
    suite = get_suite_loader("core")()
    wanted = list(suite.tasks) if args.all_tasks else args.tasks.split(",")
    tasks = [suite.get(t) for t in wanted]
    languages = tuple(args.languages.split(","))
    cores = usable_cores()
    cpu, neighbour = cores[0], (cores[1] if len(cores) > 1 else None)
    out: list[str] = []

    def emit(text: str) -> None:
        print(text, flush=True)
        out.append(text)

    machine = machine_info()
    emit(f"## effx precision benchmark, {time.strftime('%Y-%m-%d %H:%M')}\n")
    emit(f"Machine: {machine['cpu']}, {machine['cores']} cores, kernel {machine['kernel']}, "
         f"Python {platform.python_version()}; load average before start {os.getloadavg()[0]:.2f}. "
         f"Measured core {cpu}, neighbour core {neighbour}. "
         f"Toolchains: {', '.join(f'{lang} {toolchain_version(lang)}' for lang in sorted(set(languages)))}.\n")
    with LocalSandbox() as sandbox:
        o = overhead.sandbox_overhead(sandbox, args.overhead_runs, cpu)
        emit("### Sandbox overhead per run (`true` in bubblewrap + launcher vs bare `true`)\n")
        emit(_table(["sandboxed median ms", "bare median ms", "overhead median ms", "overhead min ms",
                     "launcher-measured wall ms"],
                    [[f"{o['sandboxed_median_ms']:.1f}", f"{o['bare_median_ms']:.1f}",
                      f"{o['overhead_median_ms']:.1f}", f"{o['overhead_min_ms']:.1f}",
                      f"{o['launcher_wall_median_ms']:.1f}"]]) + "\n")
        m = overhead.integral_error(sandbox, cpu=cpu)
        emit("### Memory integral (1 ms RSS sampling): hold X MB for T s, minus the same program holding 0 MB; "
             "expected = X * (hold + allocation ramp / 2) as timed by the program\n")
        emit(_table(["X MB", "T s", "expected MB*s", "measured MB*s", "error", "peak increase MB"],
                    [[str(m["held_mb"]), f"{m['seconds']:.1f}", f"{m['expected_mb_s']:.1f}",
                      f"{m['measured_mb_s']:.2f}", f"{100 * m['relative_error']:+.1f}%", f"{m['peak_mb']:.1f}"]])
             + "\n")

        precision.prepare(tasks, sandbox)
        emit(f"### Precision: {args.runs} independent runs x {args.repeat} repetitions, "
             f"{len(tasks)} tasks, every reference as a sample\n")
        header = ["mode", "condition", "languages", "samples", "median within-run CV", "median run-to-run CV",
                  "max run-to-run CV", "Beyond within 0.02", "max Beyond diff", "failed", "seconds"]
        emit(_table(header, []))  # rows follow one by one, so an interrupted benchmark still shows some
        plans = [(mode, cond, languages, tasks, args.repeat) for mode in ("time", "cpu")
                 for cond in ("idle", "busy neighbour")]
        if not args.skip_instructions:
            count_tasks = [t for t in tasks if t.id in COUNT_TASKS] or tasks[:1]
            plans.append(("instructions", "busy neighbour", tuple(args.throughput_languages.split(",")),
                          count_tasks, 1))
        for mode, cond, langs, chosen, repeat in plans:
            outcome = precision.measure(chosen, langs, sandbox, mode=mode, runs=args.runs, repeat=repeat,
                                        cpu=cpu, neighbour=neighbour if cond != "idle" else None)
            s = precision.summary(outcome)
            emit("| " + " | ".join([
                mode, cond, ",".join(langs), str(s["samples"]), f"{100 * s['within_run_cv']:.2f}%",
                f"{100 * s['run_to_run_cv']:.2f}%", f"{100 * s['max_run_to_run_cv']:.2f}%",
                f"{100 * s['beyond_within_0.02']:.0f}%", f"{s['beyond_max_diff']:.3f}", str(s["failed"]),
                f"{s['seconds']:.0f}"]) + " |")
        emit("")

        trows = []
        for language in args.throughput_languages.split(","):
            t = throughput.per_language(tasks, language, sandbox, repeat=args.repeat, cpu=cpu)
            if t["solutions"]:
                trows.append([language, str(int(t["solutions"])), str(int(t["passed"])), f"{t['seconds']:.0f}",
                              f"{t['per_minute']:.0f}"])
        emit(f"### Throughput: full protocol (warm-up + {args.repeat} repetitions), serial, one core, "
             "warm compile cache\n")
        emit(_table(["language", "solutions", "passed", "seconds", "solutions / minute"], trows) + "\n")
    report = "\n".join(out)
    if args.out:
        args.out.write_text(report + "\n")
    return report


if __name__ == "__main__":
    main()
