"""The local sandbox: bubblewrap isolation on this machine, the measuring launcher inside it.

Isolation guarantees when bubblewrap is available (the default; see `LocalSandbox.isolation`):

* Every execution starts a fresh bwrap container: no network (only a loopback device in a new network
  namespace; repository set-up alone may ask for the host's network), its own PID, IPC, UTS and cgroup
  namespaces, a new session (no terminal injection), and `--die-with-parent` so nothing survives effx
  itself. When the PID namespace's first process (the launcher) exits, the kernel kills everything left
  in it.
* The filesystem is the host's `/usr`, `/bin`, `/lib*`, `/sbin` and `/etc` mounted read-only, a private
  `/proc`, a minimal `/dev`, an empty tmpfs `/tmp`, and one writable directory: `/work`, holding only
  what the run needs, or, for a repository command, the worktree at its own path. For a program's run,
  `/work` is a tmpfs too, capped like `/tmp` at the memory limit, with the program's files bound into it
  read-only; the launcher copies the declared outputs out after the run. A compile's `/work` is a host
  folder, whose artifacts are collected into the compile cache. Further folders are
  visible only when a request mounts them (read-only unless it says otherwise: a repository's
  interpreter and virtualenv). `/root`, `/home` and the effx cache are not visible.
* When effx runs as root, bwrap sets the container up with root's rights and the launcher inside it
  makes the program a plain process of a uid leased for this execution alone (`effx.sandbox.uids`):
  no capabilities and no way to regain them, RLIMIT_NPROC (which the kernel ignores for root) holds and
  counts only this execution's processes, and the launcher, which stays root, is out of the program's
  reach (no signal, no ptrace, no `/proc/<pid>/mem`). Without root, bwrap gives the command uid 65534
  in a user namespace of its own. Files the program needs are staged into `/work`: compiled artifacts
  are hard links to read-only, root-owned files in the compile cache, so the program cannot alter the
  cache through them; a writable folder a request mounts is handed to the program's uid first.
* Resource limits are applied by the launcher (`effx.sandbox.launcher`): wall clock (process-group kill),
  CPU seconds, data segment size plus a resident-memory watchdog, file size (covers stdout), process
  count; ASLR is disabled and the program may be pinned to one core. A second, Python-side deadline
  kills the whole sandbox if the launcher itself stops responding.

Without bubblewrap the same launcher runs the program directly with rlimits only: no filesystem or
network isolation, same user as effx. That mode exists for development machines and is announced
loudly once per process (and listed in `LocalSandbox.warnings` for run manifests).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Literal

from effx.models import Limits
from effx.sandbox.base import ExecRequest, Execution, Sandbox
from effx.sandbox.launcher import BINARY_NAME, LauncherError, LauncherReport, launcher_path, parse_report
from effx.sandbox.launcher import cache_dir as default_cache_dir
from effx.sandbox.workdir import (
    BASE_ENV,
    KILL_GRACE_S,
    TOOLS,
    as_leased_uid,
    chown_tree,
    copy_entries,
    execution,
    failed_execution,
    launcher_options,
    place,
    read_file,
    relative_path,
    remove_tree,
    stage_tree,
    stderr_head,
)

__all__ = ["LocalSandbox"]

log = logging.getLogger(__name__)

Isolation = Literal["bwrap-nobody", "bwrap", "none"]

NOBODY = 65534
SANDBOX_PROCESSES = {"bwrap-nobody": 0, "bwrap": 2, "none": 0}
"""Processes of the sandbox that run as the command's user and count against its RLIMIT_NPROC (the
launcher and bwrap's init when bwrap itself runs as that user); the program gets the rest."""
SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc")
INSIDE_TOOLS = f"/{TOOLS}"
"""Where a command's launcher and stdio files appear inside bubblewrap."""
EXPORTS = "exports"
"""Folder beside the stdio files where the launcher copies a sealed run's outputs."""


_warned: set[str] = set()
"""Warnings already logged by this process: isolation problems are announced once, not per sandbox."""
_probed: dict[tuple[str, str, str], str | None] = {}
"""Outcome of each start-up probe already run by this process (None: that isolation mode works)."""


class LocalSandbox(Sandbox):
    """Runs commands on this machine, isolated with bubblewrap when available.

    Args:
        cache_dir: effx cache root (launcher builds, compile cache); default `$EFFX_CACHE_DIR` or
            `~/.cache/effx`.
        use_bwrap: True to require bubblewrap, False to run without isolation, None to use it when
            installed and working.
        work_root: where per-execution work directories are created; default
            `<system temp>/effx-work-<uid>`. It must be traversable by uid 65534.

    Raises:
        RuntimeError: `use_bwrap=True` but bubblewrap is missing or cannot start here.
        effx.sandbox.launcher.LauncherError: the launcher cannot be built (no C compiler).
    """

    name = "local"
    shares_builds = True

    def __init__(
        self, cache_dir: Path | None = None, use_bwrap: bool | None = None, work_root: Path | None = None
    ) -> None:
        super().__init__()
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        default_root = Path(tempfile.gettempdir()) / f"effx-work-{os.getuid()}"
        self.work_root = Path(work_root) if work_root else default_root
        self.work_root.mkdir(parents=True, exist_ok=True)
        self.work_root.chmod(0o711)  # traversable, not listable, by the sandbox user
        self.launcher = launcher_path(self.cache_dir)
        self._bwrap = shutil.which("bwrap")
        self.isolation: Isolation = self._choose_isolation(use_bwrap)
        """`bwrap-nobody` (bwrap started by root; each command runs as a leased uid on the host), `bwrap`
        (bwrap started by a non-root user; commands are uid 65534 in a user namespace), or `none`."""

    @property
    def description(self) -> str:  # type: ignore[override]
        """Short label for run manifests, e.g. `local+bwrap`."""
        labels = {"bwrap-nobody": "local+bwrap", "bwrap": "local+bwrap(as-user)",
                  "none": "local(no-isolation)"}
        return labels[self.isolation]

    def build_dir(self, language: str) -> Path:
        return self.cache_dir / "build" / language

    # -- the Sandbox interface -------------------------------------------------------------------------

    def exec(self, request: ExecRequest) -> Execution:
        """Run one request under the launcher, in bubblewrap unless isolation is off (see `Sandbox.exec`)."""
        given = request.workdir
        if given is not None and not (given.is_dir() and os.access(given, os.R_OK | os.X_OK)):
            return failed_execution(f"the work directory {given} does not exist or is not readable")
        missing = [str(m.source) for m in request.mounts if not m.source.exists()]
        if missing:
            return failed_execution(f"cannot mount {', '.join(missing)}: no such file or folder")
        if self.isolation != "bwrap-nobody":
            return self._exec_as(request, None)
        return as_leased_uid(request.workdir, lambda uid: self._exec_as(request, uid))

    def _exec_as(self, request: ExecRequest, uid: int | None) -> Execution:
        """`exec` with the program run as `uid` (None: the isolation mode's own user, no hand-over)."""
        tools = self._new_dir("tools-", uid)
        workdir = request.workdir or self._new_dir("work-", uid)
        sealed = self._sealed(request)
        try:
            if request.workdir is None:
                self._stage(request.stage, workdir, uid)
                self._write_files(workdir, request.files, uid)
            if sealed:
                (tools / EXPORTS).mkdir()
            elif uid is not None:
                chown_tree(workdir, uid)
            if uid is not None:
                for mount in request.mounts:
                    if mount.writable:
                        chown_tree(mount.source, uid)
            (tools / "stdin").write_bytes(request.stdin)
            if self.isolation != "none":  # the cache holding it is not visible inside; a link is safe for nobody
                place(self.launcher, tools / BINARY_NAME, link=self.isolation == "bwrap-nobody")
            report, error = self._launch(request, workdir, tools, sealed, uid)
            limits = request.limits
            tail = request.stdout_tail
            stdout = read_file(tools, "stdout", tail or limits.output_bytes, tail=tail is not None) or b""
            stderr = (b"" if request.merge_stderr else
                      read_file(tools, "stderr", request.stderr_bytes, tail=True,
                                head=stderr_head(request.stderr_bytes)) or b"")
            found = {name: read_file(tools / EXPORTS if sealed else workdir, str(relative_path(name)),
                                     limits.output_bytes) for name in request.outputs}
            if report is not None and request.collect_dir is not None:
                copy_entries(workdir, request.collect_dir, request.collect)
        finally:
            remove_tree(tools)
            if request.workdir is None:
                remove_tree(workdir)
        if report is None:
            return failed_execution(error or "no launcher report", stderr.decode("utf-8", "replace"))
        return execution(report, stdout, stderr, {name: data for name, data in found.items() if data is not None})

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
        if os.geteuid() == 0:
            problem = self._probe("bwrap-nobody")
            if problem is None:
                return "bwrap-nobody"
            reasons.append(f"running programs as uid {NOBODY} under bwrap failed ({problem})")
        problem = self._probe("bwrap")
        if problem is None:
            if os.geteuid() == 0:
                self._warn(f"{'; '.join(reasons)}: running bwrap in a user namespace instead; programs still get "
                           f"uid {NOBODY} there, but the process-count limit (RLIMIT_NPROC) is not enforced for "
                           "root")
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
            done = self.exec(ExecRequest(argv=["true"], environment="probe", limits=Limits(wall_s=10)))
            _probed[key] = done.sandbox_error or (None if done.ok else f"`true` failed in the sandbox: {done}")
        return _probed[key]

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        if message not in _warned:
            _warned.add(message)
            log.warning("effx local sandbox: %s", message)

    # -- running the launcher --------------------------------------------------------------------------

    def _sealed(self, request: ExecRequest) -> bool:
        """Whether `/work` is a size-capped tmpfs instead of the host folder (see `_work_mounts`).

        Only for a fresh work directory of a run whose outputs are plain file names: a compile's artifacts
        are collected from the host folder afterwards, and a repository command works in its worktree in
        place.
        """
        return (self.isolation != "none" and request.workdir is None and request.collect_dir is None
                and not any("/" in name for name in request.outputs))

    def _launch(self, request: ExecRequest, workdir: Path, tools: Path, sealed: bool,
                uid: int | None) -> tuple[LauncherReport | None, str | None]:
        """Run the request's argv under the launcher; returns the report or an infrastructure error."""
        isolated = self.isolation != "none"
        cwd = ("/work" if request.workdir is None else str(workdir)) if isolated else str(workdir)
        stdio = INSIDE_TOOLS if isolated else str(tools)
        options = launcher_options(request, stdio, SANDBOX_PROCESSES[self.isolation], uid)
        if sealed:
            options += [item for name in request.outputs for item in ("--export", f"{name}={stdio}/{EXPORTS}/{name}")]
        launcher = f"{INSIDE_TOOLS}/{BINARY_NAME}" if isolated else str(self.launcher)
        command = [*self._prefix(request, workdir, tools, cwd, sealed), launcher, *options, "--", *request.argv]
        try:
            proc = subprocess.Popen(
                command, cwd=workdir, env={**BASE_ENV, "HOME": cwd, **request.env}, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
            )
        except OSError as error:
            return None, f"cannot start the sandbox: {error}"
        deadline = request.limits.wall_s + KILL_GRACE_S
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

    def _prefix(self, request: ExecRequest, workdir: Path, tools: Path, cwd: str, sealed: bool) -> list[str]:
        """The bwrap command that wraps the launcher.

        As root (`bwrap-nobody`), bwrap sets up the namespaces and mounts with root's rights (so it can
        mount a folder under `/root`, an interpreter or a toolchain, whose files anyone may read although
        nobody may walk to them), without a user namespace; the launcher inside stays root and makes only
        the program a plain process of its leased uid on the host (`--uid`): no capabilities, no way to
        regain any, RLIMIT_NPROC enforced, and no way to signal, trace or read the launcher that measures
        it.
        Without root, bwrap gives the command uid 65534 in a user namespace of its own.

        `/tmp` is a tmpfs capped at the memory limit: its pages are memory the RSS watchdog cannot see.
        """
        if self.isolation == "none":
            return []
        assert self._bwrap is not None
        network = [] if request.network else ["--unshare-net"]
        if self.isolation == "bwrap-nobody":
            command = [self._bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-uts", "--unshare-cgroup-try",
                       *network]
        else:
            command = [self._bwrap, "--unshare-all", *(["--share-net"] if request.network else []),
                       "--cap-drop", "ALL", "--uid", str(NOBODY), "--gid", str(NOBODY)]
        command += ["--die-with-parent", "--new-session"]
        for name in SYSTEM_DIRS:
            host = Path("/") / name
            if host.is_symlink():
                command += ["--symlink", os.readlink(host), str(host)]  # e.g. /bin -> usr/bin (merged /usr)
            elif host.is_dir():
                command += ["--ro-bind", str(host), str(host)]
        command += ["--proc", "/proc", "--dev", "/dev", "--size", str(request.limits.memory_mb << 20),
                    "--perms", "1777", "--tmpfs", "/tmp"]
        targets = [*(mount.inside for mount in request.mounts), cwd]
        for folder in _ancestors(targets):
            command += ["--perms", "0755", "--dir", folder]
        for mount in request.mounts:
            command += ["--bind" if mount.writable else "--ro-bind", str(mount.source), mount.inside]
        work = self._work_mounts(request, workdir) if sealed else ["--bind", str(workdir), cwd]
        return [*command, *work, "--bind", str(tools), INSIDE_TOOLS, "--chdir", cwd]

    @staticmethod
    def _work_mounts(request: ExecRequest, workdir: Path) -> list[str]:
        """`/work` as a tmpfs capped at the memory limit, holding the staged files read-only.

        A bind mount of the host folder would let a program fill the host's disk (RLIMIT_FSIZE bounds each
        file, not their number). In the tmpfs a program writes what it likes up to the cap, then gets
        ENOSPC. Its inputs and compiled files are read-only binds of the host work folder, so nothing it
        does changes them for a later run; the launcher copies the declared outputs out of the tmpfs once
        the program and everything it started are dead (`--export`).
        """
        mounts = ["--size", str(request.limits.memory_mb << 20), "--perms", "1777", "--tmpfs", "/work"]
        for entry in sorted(workdir.iterdir()):
            inside = f"/work/{entry.name}"
            if entry.is_symlink():
                mounts += ["--symlink", os.readlink(entry), inside]
            else:
                mounts += ["--ro-bind", str(entry), inside]
        return mounts

    # -- work directories ------------------------------------------------------------------------------

    def _new_dir(self, prefix: str, uid: int | None) -> Path:
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=self.work_root))
        _hand_over(path, uid)
        return path

    @staticmethod
    def _write_files(workdir: Path, files: Mapping[str, bytes], uid: int | None) -> None:
        for name, content in files.items():
            target = workdir / relative_path(name)
            for parent in reversed(target.relative_to(workdir).parents[:-1]):
                if not (workdir / parent).is_dir():
                    (workdir / parent).mkdir()
                    _hand_over(workdir / parent, uid)
            target.unlink(missing_ok=True)  # may be a hard link into the cache, staged from a shared build
            target.write_bytes(content)
            _hand_over(target, uid)

    def _stage(self, source: Path | None, workdir: Path, uid: int | None) -> None:
        """Place a compiled program's files (a compile-cache entry) into a work directory.

        Hard links are used only when the program runs as a uid of its own: the cache files are read-only
        and owned by us, so the program can read but not change them. In the other modes the program could
        (it runs as the file owner), so it gets copies.
        """
        if source is not None:
            stage_tree(source, workdir, link=uid is not None, made=lambda path: _hand_over(path, uid))


def _hand_over(path: Path, uid: int | None) -> None:
    """Give a file or directory we created to the program's uid, so the program may write there."""
    if uid is not None:
        os.chown(path, uid, uid)


def _ancestors(targets: list[str]) -> list[str]:
    """The folders above mount points that bwrap would create, shallowest first.

    bwrap gives the folders it creates for a mount point the mode of their host counterparts, so a
    worktree under a private folder (`/tmp/pytest-of-root`, `/root/...`) would be unreachable for the
    command; creating them first, world-traversable, keeps absolute paths to mounted folders working.
    Folders of the read-only system mounts exist already and are left alone.
    """
    found: set[str] = set()
    for target in targets:
        for parent in PurePosixPath(target).parents:
            if parent.parts[1:2] and parent.parts[1] not in SYSTEM_DIRS and str(parent) != "/tmp":
                found.add(str(parent))
    return sorted(found, key=lambda folder: (folder.count("/"), folder))
