"""The sandbox interface: compile once, run many times, under limits, measured by the launcher.

A backend owns every process effx starts for a solution. It never judges outputs: it reports what
happened (exit, signal, limits hit, measurements, files read back) and the measurement layer decides
the verdict. `sandbox_error` is set only when the infrastructure itself failed.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

from effx.models import Limits, Program


@dataclass(frozen=True)
class CompileOutcome:
    """Result of preparing a program: its files written and, for compiled languages, built."""

    ok: bool
    """False when the compiler rejected the program."""
    message: str
    """Compiler output (stderr tail) when `ok` is false; empty otherwise."""
    seconds: float
    """Compile time; 0 when served from the cache."""
    cached: bool
    """True when the artifacts came from the content-hash cache."""
    directory: Path
    """Directory holding the program files and compiled artifacts, ready to be staged for runs."""
    sandbox_error: str | None = None
    """Set when compiling failed for reasons that are not the program's fault."""


@dataclass(frozen=True)
class Execution:
    """What one run of a program did, as seen by the measuring launcher."""

    exit_code: int | None
    signal: int | None
    timed_out: bool
    memory_exceeded: bool
    output_exceeded: bool
    wall_ms: float
    user_ms: float
    sys_ms: float
    peak_rss_kb: int
    mem_integral_mb_s: float
    stdout: bytes
    """Program stdout (at most `Limits.output_bytes`)."""
    stderr_tail: str
    """The last few KB of stderr, decoded leniently."""
    files: dict[str, bytes] = field(default_factory=dict)
    """Output files read back from the work directory (missing ones are absent)."""
    sandbox_error: str | None = None
    """Set when the run failed for reasons that are not the program's fault."""

    @property
    def cpu_ms(self) -> float:
        return self.user_ms + self.sys_ms


class Sandbox(ABC):
    """A place to compile and run untrusted programs under limits."""

    name: str
    """Backend name (`local`, `docker`)."""

    @abstractmethod
    def compile(self, program: Program) -> CompileOutcome:
        """Write the program's files and run its compile argv, reusing the cache for identical programs."""

    @abstractmethod
    def run(
        self,
        program: Program,
        compiled: CompileOutcome,
        *,
        limits: Limits,
        inputs: dict[str, bytes] | None = None,
        stdin: bytes | None = None,
        outputs: tuple[str, ...] = (),
        cpu: int | None = None,
    ) -> Execution:
        """Run the compiled program once in a fresh work directory.

        Args:
            program: the rendered program (run argv, env).
            compiled: the outcome of `compile` for this program.
            limits: resource limits for this run.
            inputs: extra files to place in the work directory (e.g. `cases.json`).
            stdin: bytes fed to the program's standard input.
            outputs: work-directory files to read back after the run (e.g. `result.json`).
            cpu: core to pin the program to, or None for no pinning.
        """

    def close(self) -> None:  # noqa: B027 -- optional hook: most backends hold nothing
        """Release long-lived resources (containers, temp folders)."""

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
