"""The sandbox interface: one execution request in, one execution record out.

Everything effx runs on behalf of code it does not trust is an `ExecRequest`: compiling and running a
solution, a dataset's case generator, counting instructions under valgrind, and every command of a
patched repository (set-up, build, tests, workloads, hyperfine). A backend implements `exec` and nothing
else; compiling with a content-hash cache and staging compiled programs into fresh work directories sit
above the backends, once (`effx.sandbox.programs`), and reach them as ordinary requests.

A backend never judges: it reports what happened (exit, signal, limits hit, the measuring launcher's
numbers, files read back). `sandbox_error` is set only when the infrastructure itself failed, and is
never the fault of the code that was run.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from effx.models import Limits, Program


@dataclass(frozen=True)
class Mount:
    """A host folder made visible inside the sandbox."""

    source: Path
    """Host path (a folder or a file)."""
    target: str = ""
    """Absolute path inside the sandbox; empty: the same as `source` (absolute paths recorded in
    virtualenvs and editable installs keep working)."""
    writable: bool = False
    """Read-only unless set. A writable mount is handed to the sandbox user before the command runs."""

    @property
    def inside(self) -> str:
        return self.target or str(self.source)


@dataclass(frozen=True)
class ExecRequest:
    """One command to run in the sandbox, and everything it may see.

    The command runs either in a fresh private work directory (`/work`, holding the files of `stage` and
    `files`, deleted afterwards) or, with `workdir`, in an existing host folder mounted writable at its own
    path (repository mode: the worktree). Nothing else is writable but the private `/tmp` and writable
    `mounts`; the network is off unless `network` is set.
    """

    argv: list[str]
    """The command; argv[0] is looked up on the sandbox's PATH."""
    environment: str
    """What the command needs installed: a language name (`python`, `cpp`, ...; the docker backend runs
    it in that language's image), or `repo` for repository commands."""
    limits: Limits = field(default_factory=Limits)
    """Wall clock (the whole process group is killed), CPU, memory, output file size, processes."""
    env: Mapping[str, str] = field(default_factory=dict)
    """Environment on top of the sandbox's minimal base (PATH, LANG, hash seed); nothing is inherited
    from effx's own environment."""
    workdir: Path | None = None
    """Run in this host folder instead of a fresh work directory (mounted writable at the same path)."""
    stage: Path | None = None
    """A folder whose files are placed into the fresh work directory first (compiled artifacts, read-only
    hard links into the compile cache where the backend can make them safe)."""
    files: Mapping[str, bytes] = field(default_factory=dict)
    """Files written into the work directory (relative paths), after `stage`."""
    mounts: tuple[Mount, ...] = ()
    """Extra host folders to show inside."""
    stdin: bytes = b""
    """Fed to the command's standard input."""
    outputs: tuple[str, ...] = ()
    """Work-directory files to read back into `Execution.files` (missing ones are absent)."""
    collect_dir: Path | None = None
    """Host folder to copy work-directory entries into after the command (a compile's artifacts)."""
    collect: tuple[str, ...] | None = None
    """Which entries to copy into `collect_dir`; None: every entry the work directory ends with."""
    cpu: int | None = None
    """Core to pin the command to; None: no pinning."""
    network: bool = False
    """Share the host's network (only repository set-up, which installs from package registries)."""
    no_data_limit: bool = False
    """Skip RLIMIT_DATA (runtimes that reserve much more address space than they use); the launcher's
    resident-memory watchdog still applies."""
    forked: bool = False
    """The program's children are forks sharing its pages (a fork driver's repeat mode): the launcher
    counts each child's resident memory beyond its parent's only, instead of counting shared pages twice."""
    merge_stderr: bool = False
    """Write stderr into the same stream as stdout, interleaved as printed (logs of repository commands)."""
    stderr_bytes: int = 4096
    """How much of the end of stderr `Execution.stderr_tail` keeps."""
    stdout_tail: int | None = None
    """Keep only the last this many bytes of stdout (a log); None: stdout from its start, up to
    `Limits.output_bytes` (an answer)."""


@dataclass(frozen=True)
class Execution:
    """What one command did, as seen by the measuring launcher outside it."""

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
    """Standard output (at most `Limits.output_bytes`); with `merge_stderr`, both streams."""
    stderr_tail: str
    """Stderr decoded leniently: all of it up to `ExecRequest.stderr_bytes`; a longer one keeps its
    start (a crash report names its cause there), a `[... N bytes cut ...]` line and its end."""
    files: dict[str, bytes] = field(default_factory=dict)
    """Output files read back from the work directory (missing ones are absent)."""
    sandbox_error: str | None = None
    """Set when the command could not be run for reasons that are not its own fault."""

    @property
    def cpu_ms(self) -> float:
        return self.user_ms + self.sys_ms

    def stderr_excerpt(self, cap: int) -> str:
        """At most about `cap` characters of stderr for a message: its first quarter and its end."""
        return excerpt(self.stderr_tail.strip(), cap)

    @property
    def ok(self) -> bool:
        """Ran, exited 0, and hit no limit."""
        return (self.sandbox_error is None and self.exit_code == 0 and not self.timed_out
                and not self.memory_exceeded and not self.output_exceeded)


def excerpt(text: str, cap: int) -> str:
    """`text` cut to about `cap` characters, keeping its first quarter and its end around a `[...]` line."""
    if len(text) <= cap:
        return text
    head = cap // 4
    return f"{text[:head]}\n[...]\n{text[len(text) - (cap - head):]}"


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


class Sandbox(ABC):
    """A place to run untrusted commands under limits: `exec` is the whole backend contract.

    `compile` and `run` are the program-level operations every caller uses; they are implemented once, on
    top of `exec` (compiling with its cache in `effx.sandbox.programs`).
    """

    name: str
    """Backend name (`local`, `docker`)."""
    description: str
    """Short label for run manifests (e.g. `local+bwrap`)."""
    cache_dir: Path
    """effx's cache root; compiled programs live under `build_dir`."""
    shares_builds: bool = False
    """Whether `Program.shared_build` outputs (e.g. a precompiled header) may be staged into compiles."""

    def __init__(self) -> None:
        self.warnings: list[str] = []
        """Things a run manifest should record (isolation off or weakened)."""

    @abstractmethod
    def exec(self, request: ExecRequest) -> Execution:
        """Run one command as the request describes; never raises for the command's own failures."""

    @abstractmethod
    def build_dir(self, language: str) -> Path:
        """Where this backend's compiled programs of `language` are cached (artifacts differ by backend).

        Raises:
            LookupError: the backend cannot build `language` at all (e.g. no image recipe).
        """

    def compile(self, program: Program) -> CompileOutcome:
        """Write the program's files and run its compile argv, reusing the cache for identical programs."""
        from effx.sandbox.programs import compile_program

        return compile_program(self, program)

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
        forked: bool = False,
    ) -> Execution:
        """Run the compiled program once in a fresh work directory holding its compiled files.

        Args:
            program: the rendered program (run argv, env).
            compiled: the outcome of `compile` for this program.
            limits: resource limits for this run.
            inputs: extra files to place in the work directory (e.g. `cases.json`).
            stdin: bytes fed to the program's standard input.
            outputs: work-directory files to read back after the run (e.g. `result.json`).
            cpu: core to pin the program to, or None for no pinning.
            forked: the program forks copies of itself (see `ExecRequest.forked`).
        """
        from effx.sandbox.workdir import MARKER

        if not compiled.ok or not (compiled.directory / MARKER).is_file():
            raise ValueError(
                f"cannot run {program.language} program: it did not compile (or its cache entry "
                f"{compiled.directory} is gone); call compile() and check `ok` first"
            )
        return self.exec(ExecRequest(
            argv=program.run_argv, environment=program.language, limits=limits, env=program.env,
            stage=compiled.directory, files=dict(inputs or {}), stdin=stdin or b"", outputs=outputs, cpu=cpu,
            no_data_limit=program.no_data_limit, forked=forked,
        ))

    def close(self) -> None:  # noqa: B027 -- optional hook: most backends hold nothing
        """Release long-lived resources (containers, temp folders)."""

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
