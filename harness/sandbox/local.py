"""The local sandbox: bubblewrap isolation on this machine, the measuring launcher inside it.

Isolation guarantees when bubblewrap is available (the default; see `LocalSandbox.isolation`):

* Every compile and run starts a fresh `bwrap --unshare-all` container: no network (only a loopback
  device in a new network namespace), its own PID, IPC, UTS, cgroup and user namespaces, a new session
  (no terminal injection), no capabilities, and `--die-with-parent` so nothing survives effx itself.
  When the PID namespace's first process (the launcher) exits, the kernel kills everything left in it.
* The filesystem is the host's `/usr`, `/bin`, `/lib*`, `/sbin` and `/etc` mounted read-only, a private
  `/proc`, a minimal `/dev`, an empty tmpfs `/tmp`, and one writable directory, `/work`, holding only
  what the run needs. `/root`, `/home` and the effx cache are not visible.
* When effx runs as root, bwrap itself is started as uid 65534 (nobody) through `setpriv`, so the
  program has no privileges on the host even through the user namespace, and RLIMIT_NPROC (which the
  kernel ignores for root) holds. Files the program needs are staged into `/work`: compiled artifacts
  are hard links to read-only, root-owned files in the compile cache, so the program cannot alter the
  cache through them.
* Resource limits are applied by the launcher (`effx.launcher`): wall clock (process-group kill),
  CPU seconds, data segment size plus a resident-memory watchdog, file size (covers stdout), process
  count; ASLR is disabled and the program may be pinned to one core. A second, Python-side deadline
  kills the whole sandbox if the launcher itself stops responding.

Without bubblewrap the same launcher runs the program directly with rlimits only: no filesystem or
network isolation, same user as effx. That mode exists for development machines and is announced
loudly once per process (and listed in `LocalSandbox.warnings` for run manifests).
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Literal

from effx.launcher import BINARY_NAME, LauncherError, LauncherReport, launcher_path, parse_report
from effx.launcher import cache_dir as default_cache_dir
from effx.models import Limits, Program
from effx.sandbox.base import CompileOutcome, Execution, Sandbox
from effx.sandbox.workdir import (
    BASE_ENV,
    COMPILE_LIMITS,
    KILL_GRACE_S,
    MARKER,
    STDERR_TAIL,
    TOOLS,
    compiler_start_error,
    failed_execution,
    make_read_only,
    place,
    read_file,
    relative_path,
    remove_tree,
    require_runnable,
)

__all__ = ["LocalSandbox"]

log = logging.getLogger(__name__)

Isolation = Literal["bwrap-nobody", "bwrap", "none"]

NOBODY = 65534
SANDBOX_PROCESSES = 2
"""bwrap's init and the launcher count against RLIMIT_NPROC too; the program gets the rest."""
SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc")


_warned: set[str] = set()
"""Warnings already logged by this process: isolation problems are announced once, not per sandbox."""
_probed: dict[tuple[str, str, str], str | None] = {}
"""Outcome of each start-up probe already run by this process (None: that isolation mode works)."""


class LocalSandbox(Sandbox):
    """Compiles and runs programs on this machine, isolated with bubblewrap when available.

    Args:
        cache_dir: effx cache root (launcher builds, compile cache); default `$EFFX_CACHE_DIR` or
            `~/.cache/effx`.
        use_bwrap: True to require bubblewrap, False to run without isolation, None to use it when
            installed and working.
        work_root: where per-compile and per-run work directories are created; default
            `<system temp>/effx-work-<uid>`. It must be traversable by uid 65534.

    Raises:
        RuntimeError: `use_bwrap=True` but bubblewrap is missing or cannot start here.
        effx.launcher.LauncherError: the launcher cannot be built (no C compiler).
    """

    name = "local"

    def __init__(
        self, cache_dir: Path | None = None, use_bwrap: bool | None = None, work_root: Path | None = None
    ) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        default_root = Path(tempfile.gettempdir()) / f"effx-work-{os.getuid()}"
        self.work_root = Path(work_root) if work_root else default_root
        self.work_root.mkdir(parents=True, exist_ok=True)
        self.work_root.chmod(0o711)  # traversable, not listable, by the sandbox user
        self.launcher = launcher_path(self.cache_dir)
        self.warnings: list[str] = []
        """Things a run manifest should record (isolation off or weakened)."""
        self._bwrap = shutil.which("bwrap")
        self._setpriv = shutil.which("setpriv")
        self.isolation: Isolation = self._choose_isolation(use_bwrap)
        """`bwrap-nobody` (bwrap started as uid 65534), `bwrap` (as the current user), or `none`."""

    @property
    def description(self) -> str:
        """Short label for run manifests, e.g. `local+bwrap`."""
        labels = {"bwrap-nobody": "local+bwrap", "bwrap": "local+bwrap(as-user)",
                  "none": "local(no-isolation)"}
        return labels[self.isolation]

    # -- the Sandbox interface -------------------------------------------------------------------------

    def compile(self, program: Program) -> CompileOutcome:
        """Write the program's files, run its compile argv in the sandbox, and cache the result."""
        final = self.cache_dir / "build" / program.language / program.content_hash()
        if (final / MARKER).is_file():
            return CompileOutcome(ok=True, message="", seconds=0.0, cached=True, directory=final)
        shared = self._shared_build(program)
        workdir = self._new_workdir("compile-")
        try:
            self._stage(shared, workdir)
            self._write_files(workdir, program.files)
            seconds = 0.0
            if program.compile_argv:
                started = time.perf_counter()
                report, error = self._launch(
                    workdir, program.compile_argv, COMPILE_LIMITS, program.env, no_data_limit=True
                )
                seconds = time.perf_counter() - started
                failure = self._compile_failure(workdir, program, report, error)
                if failure is not None:
                    message, sandbox_error = failure
                    return CompileOutcome(
                        ok=False, message=message, seconds=seconds, cached=False, directory=final,
                        sandbox_error=sandbox_error,
                    )
            self._publish(workdir, program, final)
        finally:
            remove_tree(workdir)
        return CompileOutcome(ok=True, message="", seconds=seconds, cached=False, directory=final)

    def _shared_build(self, program: Program) -> Path | None:
        """The compiled directory of `program.shared_build`, built on first use; None if absent or failed.

        A shared build only saves time, so when it fails the program compiles without it (once warned).
        """
        if program.shared_build is None:
            return None
        outcome = self.compile(program.shared_build)
        if outcome.ok:
            return outcome.directory
        self._warn(f"the shared {program.language} build (e.g. a precompiled header) failed, compiling without "
                   f"it: {(outcome.sandbox_error or outcome.message).strip()[-500:]}")
        return None

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
        """Run the compiled program once in a fresh work directory (see `Sandbox.run`)."""
        require_runnable(program, compiled)
        workdir = self._new_workdir("run-")
        try:
            self._stage(compiled.directory, workdir)
            for name, data in (inputs or {}).items():
                target = workdir / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            (workdir / TOOLS / "stdin").write_bytes(stdin or b"")
            no_data_limit = program.no_data_limit
            report, error = self._launch(
                workdir, program.run_argv, limits, program.env, no_data_limit=no_data_limit, cpu=cpu
            )
            stdout = read_file(workdir, f"{TOOLS}/stdout", limits.output_bytes) or b""
            stderr = read_file(workdir, f"{TOOLS}/stderr", STDERR_TAIL, tail=True) or b""
            found = {name: read_file(workdir, str(relative_path(name)), limits.output_bytes) for name in outputs}
            files = {name: content for name, content in found.items() if content is not None}
        finally:
            remove_tree(workdir)
        stderr_tail = stderr.decode("utf-8", "replace")
        if report is None:
            return failed_execution(error or "no launcher report", stderr_tail)
        return Execution(
            exit_code=report.exit_code, signal=report.signal, timed_out=report.timed_out,
            memory_exceeded=report.memory_exceeded, output_exceeded=report.output_exceeded,
            wall_ms=report.wall_ns / 1e6, user_ms=report.user_ns / 1e6, sys_ms=report.sys_ns / 1e6,
            peak_rss_kb=report.peak_rss_kb, mem_integral_mb_s=report.mem_integral_mb_s,
            stdout=stdout, stderr_tail=stderr_tail, files=files,
            sandbox_error=f"cannot start the program: {report.exec_error}" if report.exec_error else None,
        )

    # -- choosing the isolation mode -------------------------------------------------------------------

    def _choose_isolation(self, use_bwrap: bool | None) -> Isolation:
        if use_bwrap is False:
            self._warn("sandbox isolation is OFF (use_bwrap=False): programs run as this user with network "
                       "and filesystem access, limited by rlimits only")
            return "none"
        if not self._bwrap:
            if use_bwrap:
                raise RuntimeError("use_bwrap=True but bubblewrap is not installed; "
                                   "install it with `apt-get install bubblewrap`")
            self._warn("bubblewrap (bwrap) not found: sandbox isolation is OFF; programs run as this user "
                       "with network and filesystem access, limited by rlimits only. "
                       "Install it with `apt-get install bubblewrap`")
            return "none"
        reasons = []
        if os.geteuid() == 0 and self._setpriv:
            problem = self._probe("bwrap-nobody")
            if problem is None:
                return "bwrap-nobody"
            reasons.append(f"starting bwrap as uid {NOBODY} via setpriv failed ({problem})")
        problem = self._probe("bwrap")
        if problem is None:
            if os.geteuid() == 0:
                why = "; ".join(reasons) or "setpriv is not installed"
                self._warn(f"{why}: running bwrap as root instead; programs still get uid {NOBODY} in a user "
                           "namespace, but the process-count limit (RLIMIT_NPROC) is not enforced for root")
            return "bwrap"
        reasons.append(f"bwrap failed ({problem})")
        if use_bwrap:
            raise RuntimeError("use_bwrap=True but bubblewrap cannot start here: " + "; ".join(reasons))
        self._warn("sandbox isolation is OFF: " + "; ".join(reasons) + ". Programs run as this user with "
                   "network and filesystem access, limited by rlimits only")
        return "none"

    def _probe(self, mode: Isolation) -> str | None:
        """Run `true` through the full sandbox in `mode`; None when it worked, else what went wrong.

        The answer is remembered for the process: executors create many sandboxes, the host stays the same.
        """
        self.isolation = mode
        key = (mode, str(self.work_root), str(self.launcher))
        if key not in _probed:
            _probed[key] = self._probe_now()
        return _probed[key]

    def _probe_now(self) -> str | None:
        workdir = self._new_workdir("probe-")
        try:
            self._stage(None, workdir)
            report, error = self._launch(workdir, ["true"], Limits(wall_s=10), {})
            if error:
                return error
            assert report is not None
            if report.exec_error or report.exit_code != 0:
                return f"`true` failed in the sandbox: {report}"
            return None
        finally:
            remove_tree(workdir)

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        if message not in _warned:
            _warned.add(message)
            log.warning("effx local sandbox: %s", message)

    # -- running the launcher --------------------------------------------------------------------------

    def _launch(
        self,
        workdir: Path,
        argv: list[str],
        limits: Limits,
        env: dict[str, str],
        *,
        no_data_limit: bool = False,
        cpu: int | None = None,
    ) -> tuple[LauncherReport | None, str | None]:
        """Run `argv` under the launcher in `workdir`; returns the report or an infrastructure error."""
        isolated = self.isolation != "none"
        root = "/work" if isolated else str(workdir)
        processes = limits.processes + (SANDBOX_PROCESSES if isolated else 0)
        options = [
            "--timeout-ms", str(max(1, int(limits.wall_s * 1000))),
            "--cpu-s", str(max(1, math.ceil(limits.cpu_s))),
            "--mem-mb", str(limits.memory_mb),
            "--fsize", str(limits.output_bytes),
            "--nproc", str(processes),
            "--no-aslr",
            "--stdin", f"{TOOLS}/stdin", "--stdout", f"{TOOLS}/stdout", "--stderr", f"{TOOLS}/stderr",
        ]
        if no_data_limit:
            options.append("--no-data-limit")
        if cpu is not None:
            options += ["--cpu", str(cpu)]
        launcher = f"/work/{TOOLS}/{BINARY_NAME}" if isolated else str(self.launcher)
        command = [*self._prefix(workdir, limits.memory_mb), launcher, *options, "--", *argv]
        full_env = {**BASE_ENV, "HOME": root, **env}
        proc = subprocess.Popen(
            command, cwd=workdir, env=full_env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )
        deadline = limits.wall_s + KILL_GRACE_S
        try:
            out, err = proc.communicate(timeout=deadline)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the launcher did not enforce its own limit: kill it all
            proc.communicate()
            return None, f"the sandbox did not finish within {deadline:.0f} s and was killed"
        errors = err.decode("utf-8", "replace").strip()
        if proc.returncode != 0:
            return None, f"sandbox command exited with {proc.returncode}: {errors[-2000:] or '(no message)'}"
        try:
            return parse_report(out.decode("utf-8", "replace")), None
        except LauncherError as error:
            return None, f"{error}; stderr: {errors[-2000:]}"

    def _prefix(self, workdir: Path, memory_mb: int) -> list[str]:
        """The bwrap command (with setpriv in front when dropping root) that wraps the launcher.

        `/tmp` is a tmpfs capped at the memory limit: its pages are memory the RSS watchdog cannot see.
        """
        if self.isolation == "none":
            return []
        assert self._bwrap is not None
        command = []
        if self.isolation == "bwrap-nobody":
            assert self._setpriv is not None
            command += [self._setpriv, "--reuid", str(NOBODY), "--regid", str(NOBODY), "--clear-groups"]
        command += [self._bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                    "--uid", str(NOBODY), "--gid", str(NOBODY)]
        for name in SYSTEM_DIRS:
            host = Path("/") / name
            if host.is_symlink():
                command += ["--symlink", os.readlink(host), str(host)]  # e.g. /bin -> usr/bin (merged /usr)
            elif host.is_dir():
                command += ["--ro-bind", str(host), str(host)]
        command += ["--proc", "/proc", "--dev", "/dev", "--size", str(memory_mb << 20), "--tmpfs", "/tmp",
                    "--bind", str(workdir), "/work", "--chdir", "/work"]
        return command

    def _compile_failure(
        self, workdir: Path, program: Program, report: LauncherReport | None, error: str | None
    ) -> tuple[str, str | None] | None:
        """(message, sandbox_error) when compiling failed, None when it succeeded."""
        if report is None:
            return "", error or "no launcher report"
        start_error = compiler_start_error(program, report)
        if start_error:
            return "", start_error
        if report.exit_code == 0 and not report.timed_out and not report.memory_exceeded:
            missing = [name for name in program.artifacts if not (workdir / relative_path(name)).exists()]
            if not missing:
                return None
            return f"the compiler succeeded but did not produce {', '.join(missing)}", None
        stderr = read_file(workdir, f"{TOOLS}/stderr", STDERR_TAIL, tail=True) or b""
        stdout = read_file(workdir, f"{TOOLS}/stdout", STDERR_TAIL, tail=True) or b""
        text = (stderr.strip() or stdout.strip()).decode("utf-8", "replace")
        if report.timed_out:
            text = f"compilation exceeded {COMPILE_LIMITS.wall_s:.0f} s\n{text}"
        elif report.memory_exceeded:
            text = f"compilation exceeded {COMPILE_LIMITS.memory_mb} MB of memory\n{text}"
        elif report.signal:
            text = f"the compiler was killed by signal {report.signal}\n{text}"
        return text, None

    # -- work directories and the compile cache --------------------------------------------------------

    def _new_workdir(self, prefix: str) -> Path:
        workdir = Path(tempfile.mkdtemp(prefix=prefix, dir=self.work_root))
        (workdir / TOOLS).mkdir()
        (workdir / TOOLS / "stdin").write_bytes(b"")
        self._hand_over(workdir)
        self._hand_over(workdir / TOOLS)
        return workdir

    def _hand_over(self, path: Path) -> None:
        """Give a file or directory we created to the sandbox user, so the program may write there."""
        if self.isolation == "bwrap-nobody":
            os.chown(path, NOBODY, NOBODY)

    def _write_files(self, workdir: Path, files: dict[str, str]) -> None:
        for name, content in files.items():
            target = workdir / relative_path(name)
            for parent in reversed(target.relative_to(workdir).parents[:-1]):
                if not (workdir / parent).is_dir():
                    (workdir / parent).mkdir()
                    self._hand_over(workdir / parent)
            target.unlink(missing_ok=True)  # may be a hard link into the cache, staged from a shared build
            target.write_text(content, encoding="utf-8")
            self._hand_over(target)

    def _stage(self, source: Path | None, workdir: Path) -> None:
        """Place the launcher and the compiled program's files into a work directory.

        Hard links are used only when the program runs as uid 65534: the cache files are read-only and
        owned by us, so the program can read but not change them. In the other modes the program could
        (it runs as the file owner), so it gets copies.
        """
        link = self.isolation == "bwrap-nobody"
        if self.isolation != "none":
            place(self.launcher, workdir / TOOLS / BINARY_NAME, link)
        if source is None:
            return
        for directory, subdirs, files in os.walk(source):
            here = Path(directory)
            target = workdir / here.relative_to(source)
            for name in subdirs:
                if (here / name).is_symlink():
                    os.symlink(os.readlink(here / name), target / name)
                else:
                    (target / name).mkdir()
                    self._hand_over(target / name)
            for name in files:
                if name == MARKER and here == source:
                    continue
                if (here / name).is_symlink():
                    os.symlink(os.readlink(here / name), target / name)
                else:
                    place(here / name, target / name, link)

    def _publish(self, workdir: Path, program: Program, final: Path) -> None:
        """Copy a compiled program into the cache, read-only, and make it visible with one rename."""
        final.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=final.parent))
        try:
            names = [*program.files, *program.artifacts] if program.artifacts else [
                entry.name for entry in workdir.iterdir() if entry.name != TOOLS
            ]
            for name in names:
                source, target = workdir / relative_path(name), staging / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                if source.is_dir() and not source.is_symlink():
                    shutil.copytree(source, target, symlinks=True)
                else:
                    shutil.copy2(source, target, follow_symlinks=False)
            make_read_only(staging)
            (staging / MARKER).write_text(program.content_hash())
            staging.chmod(0o755)
            if final.exists() and not (final / MARKER).is_file():
                remove_tree(final)  # left behind incomplete by something else; ours is complete
            try:
                os.rename(staging, final)
            except OSError:
                if not (final / MARKER).is_file():
                    raise
                # another process published the same program first; theirs is identical
        finally:
            if staging.exists():
                remove_tree(staging)
