"""The docker sandbox: long-lived containers, every execution an `exec` of the launcher inside one.

Containers
----------
`effx run --sandbox docker` runs every program inside a container made from its language's image
(`effx.sandbox.images`: `languages/<name>/Dockerfile`, `FROM debian:bookworm-slim` plus the toolchain's Debian
packages, tagged `effx-<lang>:<recipe hash>`). No registry is needed: `effx images bootstrap` builds the
base image with debootstrap and `docker import`, `effx images build [--lang L]` builds the language
images, `effx images list` shows what is built. `scripts/install_docker.sh` does all of it, starting an
engine (`dockerd --bridge=none --iptables=false`) when none answers.

Each sandbox starts, on first use of a language, one container from that image and keeps it for its
lifetime (a batch of an executor): `sleep infinity` under docker's init, as the container's root with
only `CAPABILITIES` (`CONTAINER_USER`), with

* no network at all (`network_mode=none`: only a loopback interface),
* a read-only root filesystem; the only writable places are two tmpfs mounts, `/work` (one
  subdirectory per compile or run) and `/tmp`,
* all capabilities dropped and `no-new-privileges`,
* a memory limit (`memory_mb`, swap included, so tmpfs pages count too) and a process limit (`pids`),
* a pinned cpuset (by default the cores this process may use, so a run's `cpu` pin stays valid),
* a host staging folder mounted read-only at `/stage`.

A request that runs in place (`ExecRequest.workdir`, repository mode) or mounts host folders gets a
container of its own with those folders bind-mounted at their own paths (writable ones handed to the
program user first), its network on only when the request asks (`network_mode=host`, repository set-up);
repository commands use the python image, where the repository's interpreter and virtualenv are mounted
from the host. At most `MOUNT_CONTAINERS` such containers are kept; the least recently used goes first.

Every program runs as a uid leased for its execution alone from the machine-wide pool of
`effx.sandbox.uids`, in a work directory only that uid may enter: docker adds no user namespace, so
RLIMIT_NPROC counts a uid's processes across every container on the host, and concurrent executions
in one container share its PID namespace and its `/work`. With a uid each, a fork bomb holds only its
own process quota, and no program can signal, read or overwrite another execution's files or processes.
The exec itself (a short script and the launcher) runs as the container's root with a few capabilities
(`CAPABILITIES`), and the launcher drops only the program to its uid, as on the local backend: the
program cannot kill, trace or read the process that measures it.

An execution stages its files (compiled artifacts, hard links into the cache; `cases.json`; stdin) in a
fresh host folder under the staging root, then execs a short shell script in the container that copies
them into `/work/<id>`, runs the measuring launcher (`effx.sandbox.images.LAUNCHER_PATH`) with the same options
as the local backend, and writes the launcher's JSON report followed by a tar of the requested output
files to its stdout. Results therefore have the same `Execution` semantics as the local backend: the
launcher enforces the wall, CPU, memory, file-size and process limits and kills anything the program
left behind. Compiled artifacts come back the same way and are published into the host's compile cache,
keyed by image tag and program hash, so containers hold no state worth keeping.
Containers are removed by `close()` (also on Ctrl-C, through the context manager, and at interpreter
exit as a last resort).
"""

from __future__ import annotations

import atexit
import io
import logging
import os
import secrets
import shlex
import tarfile
import tempfile
import threading
import weakref
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effx.sandbox import workdir as wd
from effx.sandbox.base import ExecRequest, Execution, Sandbox
from effx.sandbox.images import LAUNCHER_PATH, ImageError, client, image_tag
from effx.sandbox.launcher import LauncherError, LauncherReport, parse_report
from effx.sandbox.launcher import cache_dir as default_cache_dir
from effx.sandbox.workdir import TOOLS, relative_path

if TYPE_CHECKING:
    import docker

__all__ = ["DockerSandbox", "engine_problem"]

log = logging.getLogger(__name__)

CONTAINER_USER = "0:0"
"""The container's own processes (init, `sleep infinity`). Root, because with no-new-privileges docker
gives an exec's root the capabilities it needs (`CAPABILITIES`) only in a container whose user is root;
root's processes count against no program's RLIMIT_NPROC (programs run as leased uids)."""
SANDBOX_PROCESSES = 0
"""The exec's shell and the launcher run as root: the program's process limit counts only its own."""
CAPABILITIES = ["CHOWN", "DAC_OVERRIDE", "FOWNER", "SETUID", "SETGID", "KILL"]
"""What the exec's root keeps (docker's default set, less network, mknod, chroot and the like): staging
files for the program's uid, dropping the program to it, and clearing up after it. No program ever holds
one: the launcher drops them all when it switches to the program's uid, with no-new-privileges set."""
EXEC_FAILED = 90
"""Exit code of the exec script when staging inside the container failed (never the program's fault)."""
TRANSFER_GRACE_S = 30.0
"""Time allowed on top of the run's limit and `KILL_GRACE_S` to copy files in and read results back."""
ENVIRONMENT_IMAGES = {"repo": "python"}
"""Environments that are not languages, and the language image they run in."""
MOUNT_CONTAINERS = 4
"""Containers with request-specific mounts kept alive at once (one repository instance needs up to three)."""

_open: weakref.WeakSet[DockerSandbox] = weakref.WeakSet()


def engine_problem() -> str | None:
    """Why the docker backend cannot be used here (no SDK, no engine), or None."""
    try:
        client()
    except ImageError as error:
        return str(error)
    return None


class DockerSandbox(Sandbox):
    """Runs commands in long-lived containers (see the module docstring).

    Args:
        cache_dir: effx cache root (compile cache, staging); default `$EFFX_CACHE_DIR` or `~/.cache/effx`.
        memory_mb: memory limit of each container (all its runs and its tmpfs together).
        pids: process limit of each container.
        cpuset: cores the containers may use, docker syntax (`0-1`); default: this process's cores.
        work_mb: size of the `/work` tmpfs.

    Raises:
        effx.sandbox.images.ImageError: no Docker SDK or no engine answers.
    """

    name = "docker"
    description = "docker"

    def __init__(self, cache_dir: Path | None = None, *, memory_mb: int = 4096, pids: int = 1024,
                 cpuset: str | None = None, work_mb: int = 1024) -> None:
        super().__init__()
        self.engine: docker.DockerClient = client()
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.memory_mb, self.pids, self.work_mb = memory_mb, pids, work_mb
        self.cpuset = cpuset or ",".join(str(c) for c in sorted(os.sched_getaffinity(0)))
        self._containers: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._waiter = ThreadPoolExecutor(max_workers=8, thread_name_prefix="effx-docker-exec")
        self.stage_root = Path(tempfile.mkdtemp(prefix="stage-", dir=self._ensure(self.cache_dir / "docker")))
        self.stage_root.chmod(0o711)  # traversable, not listable, by the container user
        _open.add(self)

    @staticmethod
    def _ensure(path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o711)
        return path

    def build_dir(self, language: str) -> Path:
        try:
            tag = image_tag(language)
        except (ImageError, LookupError) as error:  # no Dockerfile, or an unknown language
            raise LookupError(str(error)) from error
        return self.cache_dir / "build-docker" / tag.replace(":", "-")

    # -- the Sandbox interface -------------------------------------------------------------------------

    def exec(self, request: ExecRequest) -> Execution:
        """Run one request in its container (see `Sandbox.exec` and the module docstring)."""
        given = request.workdir
        if given is not None and not given.is_dir():
            return wd.failed_execution(f"the work directory {given} does not exist or is not readable")
        missing = [str(m.source) for m in request.mounts if not m.source.exists()]
        if missing:
            return wd.failed_execution(f"cannot mount {', '.join(missing)}: no such file or folder")
        try:
            container = self._container_for(request)
        except ImageError as error:
            return wd.failed_execution(str(error))
        except Exception as error:  # noqa: BLE001 -- any engine failure is the infrastructure's fault
            return wd.failed_execution(f"cannot start a {request.environment} container: {error}")
        return wd.as_leased_uid(given, lambda uid: self._exec_as(container, request, uid))

    def _exec_as(self, container: Any, request: ExecRequest, uid: int) -> Execution:
        """`exec` in `container` with the program running as `uid` (the exec's script and launcher as root)."""
        given = request.workdir
        stage = self._new_stage()
        try:
            if given is not None:
                for path in [given, *(m.source for m in request.mounts if m.writable)]:
                    wd.chown_tree(path, uid)
            else:
                if request.stage is not None:
                    wd.stage_tree(request.stage, stage, link=True)  # cache files are read-only
                for name, data in request.files.items():
                    target = stage / relative_path(name)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.unlink(missing_ok=True)
                    target.write_bytes(data)
                    target.chmod(0o644)
            (stage / TOOLS).mkdir()
            (stage / TOOLS / "stdin").write_bytes(request.stdin)
            (stage / TOOLS / "stdin").chmod(0o644)
            report, files, executable, problem = self._exec(container, stage.name, request, uid)
        finally:
            wd.remove_tree(stage)
        stderr = files.get(f"{TOOLS}/stderr", b"")
        if report is None:
            return wd.failed_execution(problem or "no launcher report", stderr.decode("utf-8", "replace"))
        cap = request.limits.output_bytes
        if given is not None:
            found = {name: wd.read_file(given, str(relative_path(name)), cap) for name in request.outputs}
            outputs = {name: data for name, data in found.items() if data is not None}
        else:
            outputs = {name: files[name][:cap] for name in request.outputs if name in files}
        if request.collect_dir is not None:
            _unpack(files, executable, request.collect_dir)
        return wd.execution(report, files.get(f"{TOOLS}/stdout", b"")[:cap], stderr, outputs)

    def close(self) -> None:
        """Remove every container this sandbox started and its staging folder."""
        with self._lock:
            containers, self._containers = list(self._containers.values()), OrderedDict()
        for container in containers:
            _remove(container)
        self._waiter.shutdown(wait=False, cancel_futures=True)
        wd.remove_tree(self.stage_root)

    # -- containers ------------------------------------------------------------------------------------

    def container(self, language: str) -> Any:
        """The running container for `language` (no extra mounts), started on first use.

        Raises:
            effx.sandbox.images.ImageError: the language's image is not built.
        """
        return self._container_for(ExecRequest(argv=[], environment=language))

    def _container_for(self, request: ExecRequest) -> Any:
        language = ENVIRONMENT_IMAGES.get(request.environment, request.environment)
        binds = {str(self.stage_root): {"bind": "/stage", "mode": "ro"}}
        for mount in request.mounts:
            binds[str(mount.source)] = {"bind": mount.inside, "mode": "rw" if mount.writable else "ro"}
        if request.workdir is not None:
            binds[str(request.workdir)] = {"bind": str(request.workdir), "mode": "rw"}
        key = (language, request.network, tuple(sorted((k, v["bind"], v["mode"]) for k, v in binds.items())))
        with self._lock:
            if key in self._containers:
                self._containers.move_to_end(key)
                return self._containers[key]
            import docker

            tag = image_tag(language)
            try:
                self.engine.images.get(tag)
            except docker.errors.ImageNotFound as error:
                raise ImageError(f"image {tag} is not built; run `effx images build --lang {language}`") from error
            container = self.engine.containers.run(
                tag, ["sleep", "infinity"], detach=True, init=True, user=CONTAINER_USER,
                name=f"effx-{language}-{os.getpid()}-{secrets.token_hex(3)}",
                network_mode="host" if request.network else "none", read_only=True,
                # /work: anyone may make a folder there, nobody may list it (other executions' folders)
                tmpfs={"/work": f"rw,exec,nosuid,nodev,size={self.work_mb}m,mode=1733",
                       "/tmp": f"rw,exec,nosuid,nodev,size={self.work_mb}m,mode=1777"},
                volumes=binds,
                mem_limit=f"{self.memory_mb}m", memswap_limit=f"{self.memory_mb}m", pids_limit=self.pids,
                cpuset_cpus=self.cpuset, cap_drop=["ALL"], cap_add=CAPABILITIES,
                security_opt=["no-new-privileges"],
                labels={"effx.sandbox": "docker", "effx.language": language, "effx.pid": str(os.getpid())},
            )  # no working_dir: docker would recreate /work and drop the tmpfs's mode 1777
            self._containers[key] = container
            mounting = [k for k in self._containers if len(k[2]) > 1]  # more than the staging folder
            evicted = [self._containers.pop(k) for k in mounting[:max(0, len(mounting) - MOUNT_CONTAINERS)]]
        for old in evicted:
            _remove(old)
        return container

    def _forget(self, container: Any) -> None:
        """Drop (and remove) a container that stopped answering; the next use starts a new one."""
        with self._lock:
            for key, value in list(self._containers.items()):
                if value is container:
                    del self._containers[key]
        _remove(container)

    # -- one exec ----------------------------------------------------------------------------------------

    def _exec(self, container: Any, stage_id: str, request: ExecRequest, uid: int,
              ) -> tuple[LauncherReport | None, dict[str, bytes], set[str], str | None]:
        """Run the request's argv under the launcher in the container.

        Returns the launcher's report, the files read back, which of them are executable, and an
        infrastructure error (None when the exec itself worked).
        """
        script = _script(stage_id, request, uid)
        workdir = str(request.workdir) if request.workdir is not None else f"/work/{stage_id}"
        env = {**wd.BASE_ENV, "HOME": workdir, **request.env}
        api = self.engine.api
        deadline = request.limits.wall_s + wd.KILL_GRACE_S + TRANSFER_GRACE_S
        try:
            handle = api.exec_create(container.id, ["/bin/sh", "-c", script], user="0:0", environment=env,
                                     workdir="/work")
            future = self._waiter.submit(api.exec_start, handle["Id"], demux=True)
            out, err = future.result(timeout=deadline)
        except FutureTimeout:
            self._forget(container)  # the launcher did not enforce its own limit: discard it all
            return None, {}, set(), f"the container did not finish within {deadline:.0f} s and was removed"
        except Exception as error:  # noqa: BLE001 -- engine or transport failure
            return None, {}, set(), f"docker exec failed: {error}"
        out, err = out or b"", (err or b"").decode("utf-8", "replace").strip()
        head, _, archive = out.partition(b"\n")
        try:
            report = parse_report(head.decode("utf-8", "replace"))
        except LauncherError as error:
            # The script prints a report whenever staging worked; ask for its exit code only now, since
            # every request to the engine adds to the overhead of each run.
            try:
                code = api.exec_inspect(handle["Id"]).get("ExitCode")
            except Exception as inspect_error:  # noqa: BLE001 -- the engine went away meanwhile
                code = f"unknown ({inspect_error})"
            return None, {}, set(), f"sandbox command exited with {code} ({error}): {err[-2000:] or '(no message)'}"
        try:
            files, executable = _read_archive(archive)
        except (tarfile.TarError, ValueError) as error:
            return None, {}, set(), f"cannot read the files back from the container: {error}"
        return report, files, executable, None

    def _new_stage(self) -> Path:
        stage = self.stage_root / secrets.token_hex(8)
        stage.mkdir(mode=0o755)
        stage.chmod(0o755)
        return stage


def _remove(container: Any) -> None:
    try:
        container.remove(force=True)
    except Exception as error:  # noqa: BLE001 -- best effort: report, keep removing the others
        log.warning("effx docker sandbox: could not remove container %s: %s", container.name, error)


def _script(stage_id: str, request: ExecRequest, uid: int) -> str:
    """The shell script of one exec: stage, run the launcher, print its report and a tar of what comes back.

    The script and the launcher run as the container's root; the launcher makes only the program `uid`,
    so the program can neither signal nor trace what measures it, nor touch the command's stdio files,
    which live in `/work/.<id>/.effx/`, a root-only folder. A fresh work directory is `/work/<id>`, handed
    to `uid`; a command running in place works in its mounted folder. Afterwards everything `uid` left in
    the container's shared places (`/work`, `/tmp`, `/dev/shm`, System V IPC) is removed, so no later
    execution (the solution's own next repetition included) can find it.
    """
    quote = shlex.quote
    private = f"/work/.{stage_id}"
    tools = f"{private}/{TOOLS}"
    stage = f"/stage/{stage_id}"
    fresh = request.workdir is None
    base = f"/work/{stage_id}" if fresh else quote(str(request.workdir))
    enter = f"mkdir -m 700 {private} && cp -R {stage}/{TOOLS} {private}/"
    if fresh:
        enter += (f" && mkdir -m 700 {base} && cp -R {stage}/. {base}/ && rm -rf {base}/{TOOLS}"
                  f" && chown -R {uid}:{uid} {base}")
    enter += f" && cd {base}"
    options = wd.launcher_options(request, tools, SANDBOX_PROCESSES, uid)
    command = [LAUNCHER_PATH, *options, "--", *request.argv]
    compile_ = request.collect_dir is not None
    tail = request.stdout_tail or (wd.STDERR_TAIL if compile_ else None)
    cap, head = request.stderr_bytes, wd.stderr_head(request.stderr_bytes)
    lines = [
        "umask 077",
        f"{enter} || exit {EXEC_FAILED}",
        f"report=$({' '.join(quote(part) for part in command)})",
        # A long stderr keeps its start and its end, with the marker `wd.cut_marker` writes.
        f"size=$(stat -c %s {tools}/stderr 2>/dev/null || echo 0); "
        f'if [ "$size" -gt {cap} ]; then {{ head -c {head} {tools}/stderr; '
        f"printf '\\n[... %s bytes cut ...]\\n' $((size - {cap})); tail -c {cap - head} {tools}/stderr; }}"
        f" > {tools}/stderr-tail 2>/dev/null; mv -f {tools}/stderr-tail {tools}/stderr 2>/dev/null; fi",
        'printf "%s\\n" "$report" | tail -n 1',
        # A compile ships only the end of its stdout (the message when it fails), a log only its tail; a
        # run's stdout comes back whole (stdio tasks are judged on it) unless it hit the output limit:
        # then the verdict is output_limit and shipping up to `output_bytes` of it would only cost time.
        f"tail -c {tail} {tools}/stdout > {tools}/stdout-tail; mv -f {tools}/stdout-tail {tools}/stdout"
        if tail else
        f"""case "$report" in *'"output_exceeded": true'*) : > {tools}/stdout ;; esac""",
        f"tar -cf - -C {private} --no-recursion {TOOLS}/stdout {TOOLS}/stderr 2>/dev/null",
    ]
    if compile_:
        wanted = (" ".join(quote(f"./{relative_path(name)}") for name in request.collect)
                  if request.collect is not None else ".")
        lines.append(f"tar -cf - -C {base} --exclude=./{TOOLS} {wanted} 2>/dev/null")
    elif fresh and request.outputs:
        # Outputs are tarred one by one: tar gives up on the whole list when the program removed a file.
        wanted = " ".join(quote(f"./{relative_path(name)}") for name in request.outputs)
        lines.append(f'for f in {wanted}; do [ -f "$f" ] && [ ! -L "$f" ] && tar -cf - "$f"; done 2>/dev/null')
    lines += [
        f"cd / && rm -rf {private}" + (f" {base}" if fresh else ""),
        f"find /work /tmp /dev/shm -xdev -mindepth 1 -maxdepth 1 -user {uid} -exec rm -rf {{}} + 2>/dev/null",
        # only an IPC object's owner (or CAP_SYS_ADMIN) may remove it: the launcher runs the removal as `uid`
        f"{LAUNCHER_PATH} --uid {uid} --gid {uid} --timeout-ms 10000 -- /bin/sh -c "
        + quote(f"for kind in m q s; do ipcs -$kind | awk -v u={uid} '$3 == u {{print $2}}' | "
                "while read id; do ipcrm -$kind \"$id\"; done; done") + " > /dev/null 2>&1",
        "exit 0",
    ]
    return "\n".join(lines)


def _read_archive(data: bytes) -> tuple[dict[str, bytes], set[str]]:
    """Regular files from the concatenated tars an exec printed, by relative path, and the executable ones."""
    files: dict[str, bytes] = {}
    executable: set[str] = set()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:", ignore_zeros=True) as tar:
        for member in tar:
            name = member.name[2:] if member.name.startswith("./") else member.name
            if not member.isfile() or name.startswith("/") or ".." in name.split("/"):
                continue
            handle = tar.extractfile(member)
            if handle is not None:
                files[name] = handle.read()
                if member.mode & 0o100:
                    executable.add(name)
    return files, executable


def _unpack(files: dict[str, bytes], executable: set[str], into: Path) -> None:
    """Write the files a compile left (all but the stdio files) into the host folder `into`."""
    for name, data in files.items():
        if name.split("/")[0] != TOOLS:
            target = into / relative_path(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            target.chmod(0o755 if name in executable else 0o644)


@atexit.register
def _close_leftovers() -> None:
    """Containers of sandboxes nobody closed (a crash, a forgotten `with`) are removed at exit."""
    for sandbox in list(_open):
        sandbox.close()
