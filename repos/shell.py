"""Running an instance's commands with a time limit and a written record of each one.

Every command of an instance goes through `CommandRunner.run`, so the instance's log folder always
answers "what exactly ran, where, for how long, and what did it print": `commands.log` lists them and
`output/NN-<step>.log` holds each one's output. Commands run in their own process group, so a timeout
kills the build tools and test processes they started, not only the shell.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from effx.repos.models import Command


@dataclass(frozen=True)
class CommandOutcome:
    """What one command did."""

    step: str
    returncode: int | None
    """Exit status; None when it was killed at the time limit."""
    output: str
    """Combined stdout and stderr."""
    duration_s: float
    timed_out: bool

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def tail(self, lines: int = 15) -> str:
        """The last lines of output, for error messages."""
        return "\n".join(self.output.rstrip().splitlines()[-lines:])


def to_argv(command: Command) -> list[str]:
    """A shell string runs under `sh -c`; an argv list runs as is."""
    return ["sh", "-c", command] if isinstance(command, str) else list(command)


def describe(command: Command) -> str:
    return command if isinstance(command, str) else shlex.join(command)


class CommandRunner:
    """Runs commands for one instance and records them under its log folder."""

    def __init__(self, log_dir: Path, env: dict[str, str]) -> None:
        """Args:
        log_dir: The instance's log folder (created if missing).
        env: The complete environment for every command.
        """
        self.log_dir = log_dir
        self.env = env
        self._count = 0
        (log_dir / "output").mkdir(parents=True, exist_ok=True)

    def run(self, step: str, command: Command, cwd: Path, timeout_s: float,
            extra_env: dict[str, str] | None = None) -> CommandOutcome:
        """Run `command` in `cwd`, killing its whole process group after `timeout_s` seconds."""
        env = {**self.env, **(extra_env or {})}
        self._count += 1
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", step)[:60]
        out_path = self.log_dir / "output" / f"{self._count:02d}-{slug}.log"
        start = time.monotonic()
        timed_out = False
        with open(out_path, "w+b") as out:
            proc = subprocess.Popen(to_argv(command), cwd=cwd, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
            try:
                returncode: int | None = proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                timed_out = True
                returncode = None
                _kill_group(proc)
            out.seek(0)
            output = out.read().decode("utf-8", errors="replace")
        duration = time.monotonic() - start
        with open(self.log_dir / "commands.log", "a", encoding="utf-8") as log:
            status = "TIMEOUT" if timed_out else f"exit {returncode}"
            log.write(f"[{step}] cwd={cwd} {status} {duration:.2f}s -> output/{out_path.name}\n"
                      f"    $ {describe(command)}\n")
        return CommandOutcome(step, returncode, output, duration, timed_out)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
