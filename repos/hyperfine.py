"""A typed wrapper over the `hyperfine` binary: run a command N times, read back every run's timing.

hyperfine does warm-ups, subtracts shell start-up, and records each run, which is what a command
workload needs. Two JSON schemas are in use and both are parsed here:

* 1.x (Debian's 1.15): `{"results": [{"command", "times": [s, ...], "exit_codes": [...], "user",
  "system", ...}]}`, per-run user/system times absent.
* 2.x (PyPI `astral-dev-toolchain-hyperfine`): `{"schema_version": 2, "results": [{"command",
  "measurements": [{"time_wall_clock": {"value", "unit"}, "time_user", "time_system", "time_cpu",
  "memory_peak_resident", "exit_code"}, ...], "summary": {...}}]}`. 2.x also runs commands without a
  shell by default, so the shell is always chosen explicitly.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from effx.repos.shell import CommandRunner

_UNIT_SECONDS = {"second": 1.0, "s": 1.0, "millisecond": 1e-3, "ms": 1e-3, "microsecond": 1e-6,
                 "us": 1e-6, "nanosecond": 1e-9, "ns": 1e-9}
_UNIT_BYTES = {"byte": 1.0, "b": 1.0, "kilobyte": 1e3, "kb": 1e3, "kibibyte": 1024.0, "kib": 1024.0,
               "megabyte": 1e6, "mb": 1e6, "mebibyte": 1024.0**2, "mib": 1024.0**2,
               "gigabyte": 1e9, "gb": 1e9, "gibibyte": 1024.0**3, "gib": 1024.0**3}


class HyperfineError(RuntimeError):
    """hyperfine is missing, failed, timed out, or wrote JSON this wrapper cannot read."""


class HyperfineTimeout(HyperfineError):
    """The whole benchmark exceeded its time budget and was killed."""


@dataclass(frozen=True)
class HyperfineRun:
    """All measured runs of one command."""

    command: str
    times: list[float]
    """Wall-clock seconds per measured run."""
    exit_codes: list[int | None]
    user: list[float] = field(default_factory=list)
    """Per-run user CPU seconds (2.x only; 1.x exports only their mean)."""
    system: list[float] = field(default_factory=list)
    """Per-run system CPU seconds (2.x only)."""
    peak_rss_bytes: list[float] = field(default_factory=list)
    """Per-run peak resident memory in bytes (2.x only)."""

    @property
    def all_succeeded(self) -> bool:
        return all(code == 0 for code in self.exit_codes)


def find_hyperfine() -> str:
    """Path of a hyperfine binary: $EFFX_HYPERFINE, then next to this interpreter (the PyPI package
    installs into the environment's `bin/`), then PATH.

    Version-manager shims on PATH (pyenv's `shims/`) are skipped: they are scripts that find the real
    program through the manager's own folders, which the sandbox does not show. The path is resolved, so
    the file repository mode mounts into the sandbox and the one it runs there are the same.

    Raises:
        HyperfineError: none found; the message says how to install one.
    """
    explicit = os.environ.get("EFFX_HYPERFINE")
    if explicit:
        if not Path(explicit).is_file():
            raise HyperfineError(f"EFFX_HYPERFINE={explicit} is not a file")
        return str(Path(explicit).resolve())
    beside = shutil.which("hyperfine", path=str(Path(sys.executable).parent))
    path = os.pathsep.join(folder for folder in os.environ.get("PATH", "").split(os.pathsep)
                           if Path(folder).name != "shims")
    found = beside or shutil.which("hyperfine", path=path)
    if not found:
        raise HyperfineError("hyperfine not found: run scripts/install_repo_tools.sh, or "
                             "`apt-get install hyperfine`, or `pip install astral-dev-toolchain-hyperfine`")
    return str(Path(found).resolve())


def hyperfine_version(binary: str | None = None) -> tuple[int, ...]:
    """hyperfine's version as a tuple, e.g. (1, 15, 0)."""
    out = subprocess.run([binary or find_hyperfine(), "--version"], capture_output=True, text=True,
                         timeout=30).stdout
    m = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", out)
    if not m:
        raise HyperfineError(f"cannot read hyperfine's version from {out!r}")
    return tuple(int(g) for g in m.groups() if g is not None)


def _seconds(entry: Any) -> float:
    if isinstance(entry, (int, float)):
        return float(entry)
    return float(entry["value"]) * _UNIT_SECONDS[entry.get("unit", "second")]


def _bytes(entry: Any) -> float:
    if isinstance(entry, (int, float)):
        return float(entry)
    return float(entry["value"]) * _UNIT_BYTES[str(entry.get("unit", "byte")).lower()]


def parse_export(data: dict[str, Any]) -> list[HyperfineRun]:
    """Parse a `--export-json` document of either schema.

    Raises:
        HyperfineError: the document has neither `times` nor `measurements` for a result.
    """
    runs = []
    for res in data.get("results", []):
        if "measurements" in res:
            ms = res["measurements"]
            runs.append(HyperfineRun(
                command=res["command"],
                times=[_seconds(m["time_wall_clock"]) for m in ms],
                exit_codes=[m.get("exit_code") for m in ms],
                user=[_seconds(m["time_user"]) for m in ms if "time_user" in m],
                system=[_seconds(m["time_system"]) for m in ms if "time_system" in m],
                peak_rss_bytes=[_bytes(m["memory_peak_resident"]) for m in ms
                                if "memory_peak_resident" in m],
            ))
        elif "times" in res:
            times = [float(t) for t in res["times"]]
            runs.append(HyperfineRun(command=res["command"], times=times,
                                     exit_codes=list(res.get("exit_codes", [0] * len(times)))))
        else:
            raise HyperfineError(f"hyperfine result for {res.get('command')!r} has neither `times` (1.x) "
                                 f"nor `measurements` (2.x); keys: {sorted(res)}")
    return runs


_SHELL_SYNTAX = re.compile(r"[|&;<>()$`*?\[\]{}~#\n]|^\s*\w+=")


def needs_shell(command: str) -> bool:
    """Whether a command string uses shell syntax (pipes, redirections, globs, variables, `VAR=x cmd`).

    Commands that do not are run without a shell: hyperfine then times the program itself instead of
    subtracting an estimate of the shell's start-up, which clips a fast program's time to zero.
    """
    return bool(_SHELL_SYNTAX.search(command))


def run_hyperfine(command: str | list[str], *, runs: int, warmup: int, runner: CommandRunner, step: str,
                  timeout_s: float = 600.0, binary: str | None = None, log_path: Path | None = None,
                  export_path: Path | None = None) -> HyperfineRun:
    """Benchmark one command in the instance's sandbox and return its measured runs.

    hyperfine itself runs inside the sandbox (its binary mounted read-only), so the benchmarked command
    gets exactly the confinement of every other repository command, and the time limit covers the whole
    benchmark. A string using shell syntax runs under `sh` (hyperfine subtracts the shell's start-up); a
    plain string or an argv list runs without a shell. Non-zero exits are recorded, not fatal, so the
    caller decides what a failing run means.

    Args:
        command: The command.
        runs: Measured runs (hyperfine's `--runs`).
        warmup: Unmeasured runs first (`--warmup`).
        runner: The instance's command runner (sandbox, worktree, environment, log folder).
        step: Name of the step in the instance's command log.
        timeout_s: Budget for the whole benchmark; the process group is killed past it.
        binary: hyperfine path (default: `find_hyperfine()`).
        log_path: Where to keep hyperfine's console output.
        export_path: Where to keep hyperfine's JSON export (the raw per-run measurements).

    Raises:
        HyperfineTimeout: the budget was exceeded.
        HyperfineError: hyperfine failed, could not run, or its JSON could not be read.
    """
    if runs < 2:
        raise HyperfineError(f"hyperfine needs --runs >= 2, got {runs}")
    binary = binary or find_hyperfine()
    if isinstance(command, str) and needs_shell(command):
        shell_args, text = ["--shell", "sh"], command
    else:
        argv_ = shlex.split(command) if isinstance(command, str) else command
        shell_args, text = ["-N"], shlex.join(argv_)
    export = runner.report_path("hyperfine.json")
    argv = [binary, *shell_args, "--runs", str(runs), "--warmup", str(warmup), "--ignore-failure",
            "--style", "basic", "--export-json", str(export), "--", text]
    outcome = runner.run(step, argv, timeout_s)
    if log_path is not None:
        log_path.write_text(f"$ {' '.join(argv)}\n{outcome.output}", encoding="utf-8")
    if outcome.timed_out:
        raise HyperfineTimeout(f"`{text}` did not finish {warmup}+{runs} runs in {timeout_s:g} s")
    data = runner.read_report(export.name, keep=False)
    if not outcome.ok or data is None:
        raise HyperfineError(f"hyperfine {outcome.describe_failure()} for `{text}`: {outcome.output.strip()[-500:]}")
    if export_path is not None:
        export_path.write_bytes(data)
    try:
        results = parse_export(json.loads(data))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise HyperfineError(f"cannot parse hyperfine's JSON export: {exc}") from exc
    if len(results) != 1:
        raise HyperfineError(f"expected one result from hyperfine, got {len(results)}")
    return results[0]
