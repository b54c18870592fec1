"""Running an instance's commands in the sandbox, with limits and a written record of each one.

Every command of an instance that executes repository code (set-up, builds, tests, workloads, hyperfine)
goes through `CommandRunner.run`, which hands it to the sandbox as an `ExecRequest`: the worktree is the
only writable folder besides a private `/tmp` and the runner's outbox; the interpreter, toolchains and
the virtualenv are mounted read-only (the virtualenv writable only while set-up and builds install into
it); there is no network except for set-up; nothing of effx's own environment is inherited; the process
count, memory and wall clock are limited and the whole process group is killed at the limit.

`run_trusted` is the one exception, for effx's own tools working on data (`git apply`, `patch`): they
run on the host because they need the repository's object store, and never start repository code.

Whatever ran, the instance's log folder answers "what exactly ran, where, for how long, and what did it
print": `commands.log` lists the commands and `output/NN-<step>.log` holds each one's output.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from effx.models import Limits
from effx.repos.models import Command
from effx.sandbox.base import ExecRequest, Mount, Sandbox
from effx.sandbox.workdir import read_file

LOG_TAIL_BYTES = 4 << 20
"""How much of the end of a command's output is kept in its log."""
REPORT_BYTES = 64 << 20
"""Largest report (pytest durations, hyperfine export) read back from the outbox."""


@dataclass(frozen=True)
class CommandOutcome:
    """What one command did."""

    step: str
    returncode: int | None
    """Exit status; None when it was killed (time or memory limit) or could not start."""
    output: str
    """Combined stdout and stderr (the last `LOG_TAIL_BYTES`)."""
    duration_s: float
    timed_out: bool
    limit: str | None = None
    """Which limit killed it besides time (`memory limit`, `output limit`), if any."""
    sandbox_error: str | None = None
    """Set when the command could not be run at all; the infrastructure's fault, never the patch's."""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out and self.sandbox_error is None

    def tail(self, lines: int = 15) -> str:
        """The last lines of output, for error messages."""
        return "\n".join(self.output.rstrip().splitlines()[-lines:])

    def describe_failure(self) -> str:
        """Why the command failed, in a few words."""
        if self.sandbox_error:
            return f"could not run: {self.sandbox_error}"
        if self.timed_out:
            return "timed out"
        if self.limit:
            return f"hit the {self.limit}"
        return f"exited {self.returncode}"


@dataclass(frozen=True)
class Confinement:
    """What an instance's commands may see and use, besides the worktree."""

    env: dict[str, str]
    """The complete environment of every command (the backend adds only PATH defaults and LANG)."""
    mounts: tuple[Mount, ...] = ()
    """Read-only folders: interpreter prefixes, toolchains, effx's pytest plugin, hyperfine."""
    venv: Path | None = None
    """The instance's virtualenv: writable only for commands that install (set-up, builds)."""
    memory_mb: int = 4096
    """Memory limit of a command's whole process tree (resident memory, watched by the launcher)."""
    processes: int = 512
    """Process and thread limit (per command)."""
    output_bytes: int = 1 << 30
    """Largest file a command may write (builds write binaries)."""


def to_argv(command: Command) -> list[str]:
    """A shell string runs under `sh -c`; an argv list runs as is."""
    return ["sh", "-c", command] if isinstance(command, str) else list(command)


def describe(command: Command) -> str:
    return command if isinstance(command, str) else shlex.join(command)


@dataclass
class CommandLog:
    """Records the commands run in one worktree under a log folder; runs effx's own tools on the host."""

    log_dir: Path
    """The instance's log folder (created if missing)."""
    workdir: Path
    """The worktree; every command runs there."""
    _count: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        (self.log_dir / "output").mkdir(parents=True, exist_ok=True)

    def run_trusted(self, step: str, argv: list[str], timeout_s: float,
                    env: dict[str, str] | None = None) -> CommandOutcome:
        """Run one of effx's own tools (`git apply`, `patch`) on the host, in the worktree.

        Only for programs that read and write files as data and never execute anything from the
        repository; the caller has already checked the paths they will write (`check_patch_safety`).
        """
        start = time.monotonic()
        try:
            proc = subprocess.run(argv, cwd=self.workdir, env=env, capture_output=True, timeout=timeout_s,
                                  stdin=subprocess.DEVNULL)
            outcome = CommandOutcome(step, proc.returncode, (proc.stdout + proc.stderr).decode("utf-8", "replace"),
                                     time.monotonic() - start, False)
        except subprocess.TimeoutExpired as exc:
            output = (exc.stdout or b"") + (exc.stderr or b"")
            outcome = CommandOutcome(step, None, output.decode("utf-8", "replace"), time.monotonic() - start, True)
        except OSError as exc:
            outcome = CommandOutcome(step, None, "", time.monotonic() - start, False,
                                     sandbox_error=f"cannot start {argv[0]}: {exc}")
        self.record(outcome, argv, where="host")
        return outcome

    def log_path(self, name: str) -> Path:
        """A file in the instance's `output/` folder."""
        return self.log_dir / "output" / name

    def record(self, outcome: CommandOutcome, command: Command, *, where: str) -> None:
        """Add a command to `commands.log` and keep its output in `output/NN-<step>.log`."""
        self._count += 1
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", outcome.step)[:60]
        out_path = self.log_path(f"{self._count:02d}-{slug}.log")
        note = f"\n[effx] {outcome.sandbox_error}\n" if outcome.sandbox_error else ""
        out_path.write_text(outcome.output + note, encoding="utf-8")
        status = ("SANDBOX ERROR" if outcome.sandbox_error else "TIMEOUT" if outcome.timed_out
                  else outcome.limit.upper() if outcome.limit else f"exit {outcome.returncode}")
        with open(self.log_dir / "commands.log", "a", encoding="utf-8") as log:
            log.write(f"[{outcome.step}] {where} cwd={self.workdir} {status} {outcome.duration_s:.2f}s "
                      f"-> output/{out_path.name}\n    $ {describe(command)}\n")


@dataclass
class CommandRunner(CommandLog):
    """Runs one instance's commands in the sandbox, in its worktree, and records them."""

    sandbox: Sandbox = field(kw_only=True)
    confinement: Confinement = field(kw_only=True)
    outbox: Path = field(kw_only=True)
    """A writable folder outside the worktree where effx's own helpers inside the sandbox (the pytest
    plugin, hyperfine's export) leave their reports; mounted at the same path for every command."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.outbox.mkdir(parents=True, exist_ok=True)

    @property
    def env(self) -> dict[str, str]:
        return self.confinement.env

    def report_path(self, name: str) -> Path:
        """Where a helper inside the sandbox should write its report `name` (removed first)."""
        path = self.outbox / name
        path.unlink(missing_ok=True)
        return path

    def read_report(self, name: str, keep: bool = True) -> bytes | None:
        """A report from the outbox, or None when there is none; copied into the log folder when `keep`.

        The outbox is writable by the commands, so a report is read as the sandbox's own files are: a
        regular file inside the outbox, never through a link to somewhere else on the host.
        """
        data = read_file(self.outbox, name, REPORT_BYTES)
        if data is not None and keep:
            (self.log_dir / name).write_bytes(data)
        return data

    def run(self, step: str, command: Command, timeout_s: float, *, extra_env: dict[str, str] | None = None,
            network: bool = False, installs: bool = False) -> CommandOutcome:
        """Run `command` in the sandbox, killing its whole process group after `timeout_s` seconds.

        Args:
            step: Name in the log.
            command: A shell string or an argv list.
            timeout_s: Wall-clock limit.
            extra_env: Added to the instance's environment.
            network: Share the host's network (set-up installing from package registries).
            installs: The virtualenv is writable (set-up and builds install the package into it).
        """
        confinement = self.confinement
        mounts = [*confinement.mounts, Mount(self.outbox, writable=True)]
        if confinement.venv is not None:
            mounts.append(Mount(confinement.venv, writable=installs))
        request = ExecRequest(
            argv=to_argv(command), environment="repo", workdir=self.workdir, mounts=tuple(mounts),
            env={**confinement.env, **(extra_env or {})}, network=network, no_data_limit=True,
            limits=Limits(wall_s=timeout_s, cpu_s=timeout_s * 2, memory_mb=confinement.memory_mb,
                          output_bytes=confinement.output_bytes, processes=confinement.processes),
            merge_stderr=True, stdout_tail=LOG_TAIL_BYTES,
        )
        start = time.monotonic()
        done = self.sandbox.exec(request)
        limit = "memory limit" if done.memory_exceeded else "output limit" if done.output_exceeded else None
        returncode = None if (done.timed_out or limit or done.signal) else done.exit_code
        outcome = CommandOutcome(step, returncode, done.stdout.decode("utf-8", "replace"),
                                 time.monotonic() - start, done.timed_out, limit, done.sandbox_error)
        self.record(outcome, command, where="sandbox")
        return outcome
