"""The docker sandbox: one long-lived container per language, every compile and run an `exec` of the launcher.

Containers
----------
`effx run --sandbox docker` runs every program inside a container made from its language's image
(`effx.images`: `languages/<name>/Dockerfile`, `FROM debian:bookworm-slim` plus the toolchain's Debian
packages, tagged `effx-<lang>:<recipe hash>`). No registry is needed: `effx images bootstrap` builds the
base image with debootstrap and `docker import`, `effx images build [--lang L]` builds the language
images, `effx images list` shows what is built. `scripts/install_docker.sh` does all of it, starting an
engine (`dockerd --bridge=none --iptables=false`) when none answers.

Each sandbox starts, on first use of a language, one container from that image and keeps it for its
lifetime (a batch of an executor): `sleep infinity` under docker's init, as uid 65534 (nobody), with

* no network at all (`network_mode=none`: only a loopback interface),
* a read-only root filesystem; the only writable places are two tmpfs mounts, `/work` (one
  subdirectory per compile or run) and `/tmp`,
* all capabilities dropped and `no-new-privileges`,
* a memory limit (`memory_mb`, swap included, so tmpfs pages count too) and a process limit (`pids`),
* a pinned cpuset (by default the cores this process may use, so a run's `cpu` pin stays valid),
* a host staging folder mounted read-only at `/stage`.

Compiles and runs are execs as uid 65533, a user no host process has (see `PROGRAM_USER`), so the
launcher's per-uid process limit counts only effx's own programs.

A compile or run stages its files (compiled artifacts, hard links into the cache; `cases.json`; stdin)
in a fresh host folder under the staging root, then execs a short shell script in the container that
copies them into `/work/<id>`, runs the measuring launcher (`effx.images.LAUNCHER_PATH`) with the
same options as the local backend, and writes the launcher's JSON report followed by a tar of the
requested output files to its stdout. Results therefore have the same `Execution` semantics as the local
backend: the launcher enforces the wall, CPU, memory, file-size and process limits and kills anything
the program left behind. Compiled artifacts come back the same way and are published into the host's
compile cache, keyed by image tag and program hash, so containers hold no state worth keeping.
Containers are removed by `close()` (also on Ctrl-C, through the context manager, and at interpreter
exit as a last resort).
"""

from __future__ import annotations

import atexit
import io
import logging
import math
import os
import secrets
import shlex
import shutil
import tarfile
import tempfile
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effx.images import LAUNCHER_PATH, ImageError, client, image_tag
from effx.launcher import LauncherError, LauncherReport, parse_report
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
    relative_path,
    remove_tree,
    require_runnable,
)

if TYPE_CHECKING:
    import docker

__all__ = ["DockerSandbox", "engine_problem"]

log = logging.getLogger(__name__)

NOBODY = "65534:65534"
"""The container's own processes (init, `sleep infinity`) run as nobody."""
PROGRAM_USER = "65533:65533"
"""Compiles and runs: a uid of Debian's reserved range that no host process uses. Docker adds no user
namespace, and RLIMIT_NPROC counts every process of the uid on the host, so with `nobody` the local
backend's runs (bubblewrap as nobody) and idle containers would eat into each program's process limit."""
SANDBOX_PROCESSES = 2
"""The exec's shell and the launcher count against RLIMIT_NPROC too; the program gets the rest."""
EXEC_FAILED = 90
"""Exit code of the exec script when staging inside the container failed (never the program's fault)."""
TRANSFER_GRACE_S = 30.0
"""Time allowed on top of the run's limit and `KILL_GRACE_S` to copy files in and read results back."""
"""Exit code of the exec script when staging inside the container failed (never the program's fault)."""

_open: weakref.WeakSet[DockerSandbox] = weakref.WeakSet()


def engine_problem() -> str | None:
    """Why the docker backend cannot be used here (no SDK, no engine), or None."""
    try:
        client()
    except ImageError as error:
        return str(error)
    return None


class DockerSandbox(Sandbox):
    """Compiles and runs programs in per-language containers (see the module docstring).

    Args:
        cache_dir: effx cache root (compile cache, staging); default `$EFFX_CACHE_DIR` or `~/.cache/effx`.
        memory_mb: memory limit of each container (all its runs and its tmpfs together).
        pids: process limit of each container.
        cpuset: cores the containers may use, docker syntax (`0-1`); default: this process's cores.
        work_mb: size of the `/work` tmpfs.

    Raises:
        effx.images.ImageError: no Docker SDK or no engine answers.
    """

    name = "docker"

    def __init__(self, cache_dir: Path | None = None, *, memory_mb: int = 4096, pids: int = 1024,
                 cpuset: str | None = None, work_mb: int = 1024) -> None:
        self.engine: docker.DockerClient = client()
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.memory_mb, self.pids, self.work_mb = memory_mb, pids, work_mb
        self.cpuset = cpuset or ",".join(str(c) for c in sorted(os.sched_getaffinity(0)))
        self.warnings: list[str] = []
        self.description = "docker"
        self._containers: dict[str, Any] = {}
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

    # -- the Sandbox interface -------------------------------------------------------------------------

    def compile(self, program: Program) -> CompileOutcome:
        """Compile inside the language's container and publish the artifacts into the host cache."""
        try:
            tag = image_tag(program.language)
        except (ImageError, LookupError) as error:  # no Dockerfile, or an unknown language
            return CompileOutcome(ok=False, message="", seconds=0.0, cached=False, directory=self.cache_dir,
                                  sandbox_error=str(error))
        final = self.cache_dir / "build-docker" / tag.replace(":", "-") / program.content_hash()
        if (final / MARKER).is_file():
            return CompileOutcome(ok=True, message="", seconds=0.0, cached=True, directory=final)
        stage = self._new_stage()
        try:
            for name, content in program.files.items():
                target = stage / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8")
            if not program.compile_argv:
                self._publish(stage, program, final)
                return CompileOutcome(ok=True, message="", seconds=0.0, cached=False, directory=final)
            started = time.perf_counter()
            report, files, executable, problem = self._exec(
                program, stage, program.compile_argv, COMPILE_LIMITS, no_data_limit=True, cpu=None, outputs=None)
            seconds = time.perf_counter() - started
            failure = _compile_failure(program, report, files, problem)
            if failure is not None:
                message, sandbox_error = failure
                return CompileOutcome(ok=False, message=message, seconds=seconds, cached=False, directory=final,
                                      sandbox_error=sandbox_error)
            built = self._new_stage()
            try:
                for name, data in files.items():
                    if name.split("/")[0] != TOOLS:
                        target = built / name
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(data)
                        target.chmod(0o755 if name in executable else 0o644)
                self._publish(built, program, final)
            finally:
                remove_tree(built)
        finally:
            remove_tree(stage)
        return CompileOutcome(ok=True, message="", seconds=seconds, cached=False, directory=final)

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
        """Run the compiled program once in a fresh `/work` subdirectory of its container (see `Sandbox.run`)."""
        require_runnable(program, compiled)
        stage = self._new_stage()
        try:
            _link_tree(compiled.directory, stage)
            for name, data in (inputs or {}).items():
                target = stage / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                target.chmod(0o644)
            (stage / TOOLS).mkdir()
            (stage / TOOLS / "stdin").write_bytes(stdin or b"")
            (stage / TOOLS / "stdin").chmod(0o644)
            no_data_limit = program.no_data_limit
            report, files, _, error = self._exec(program, stage, program.run_argv, limits,
                                                 no_data_limit=no_data_limit, cpu=cpu, outputs=outputs)
        finally:
            remove_tree(stage)
        stderr_tail = files.get(f"{TOOLS}/stderr", b"").decode("utf-8", "replace")
        if report is None:
            return failed_execution(error or "no launcher report", stderr_tail)
        return Execution(
            exit_code=report.exit_code, signal=report.signal, timed_out=report.timed_out,
            memory_exceeded=report.memory_exceeded, output_exceeded=report.output_exceeded,
            wall_ms=report.wall_ns / 1e6, user_ms=report.user_ns / 1e6, sys_ms=report.sys_ns / 1e6,
            peak_rss_kb=report.peak_rss_kb, mem_integral_mb_s=report.mem_integral_mb_s,
            stdout=files.get(f"{TOOLS}/stdout", b"")[: limits.output_bytes], stderr_tail=stderr_tail,
            files={name: files[name][: limits.output_bytes] for name in outputs if name in files},
            sandbox_error=f"cannot start the program: {report.exec_error}" if report.exec_error else None,
        )

    def close(self) -> None:
        """Remove every container this sandbox started and its staging folder."""
        with self._lock:
            containers, self._containers = list(self._containers.values()), {}
        for container in containers:
            try:
                container.remove(force=True)
            except Exception as error:  # noqa: BLE001 -- best effort: report, keep removing the others
                log.warning("effx docker sandbox: could not remove container %s: %s", container.name, error)
        self._waiter.shutdown(wait=False, cancel_futures=True)
        remove_tree(self.stage_root)

    # -- containers ------------------------------------------------------------------------------------

    def container(self, language: str) -> Any:
        """The running container for `language`, started on first use.

        Raises:
            effx.images.ImageError: the language's image is not built.
        """
        with self._lock:
            if language in self._containers:
                return self._containers[language]
            import docker

            tag = image_tag(language)
            try:
                self.engine.images.get(tag)
            except docker.errors.ImageNotFound as error:
                raise ImageError(f"image {tag} is not built; run `effx images build --lang {language}`") from error
            container = self.engine.containers.run(
                tag, ["sleep", "infinity"], detach=True, init=True, user=NOBODY,
                name=f"effx-{language}-{os.getpid()}-{secrets.token_hex(3)}",
                network_mode="none", read_only=True,
                tmpfs={"/work": f"rw,exec,nosuid,nodev,size={self.work_mb}m,mode=1777",
                       "/tmp": f"rw,exec,nosuid,nodev,size={self.work_mb}m,mode=1777"},
                volumes={str(self.stage_root): {"bind": "/stage", "mode": "ro"}},
                mem_limit=f"{self.memory_mb}m", memswap_limit=f"{self.memory_mb}m", pids_limit=self.pids,
                cpuset_cpus=self.cpuset, cap_drop=["ALL"], security_opt=["no-new-privileges"],
                labels={"effx.sandbox": "docker", "effx.language": language, "effx.pid": str(os.getpid())},
            )  # no working_dir: docker would recreate /work and drop the tmpfs's mode 1777
            self._containers[language] = container
            return container

    def _forget(self, language: str) -> None:
        """Drop (and remove) a container that stopped answering; the next use starts a new one."""
        with self._lock:
            container = self._containers.pop(language, None)
        if container is not None:
            try:
                container.remove(force=True)
            except Exception:  # noqa: BLE001 -- it is being discarded anyway
                pass

    # -- one exec ----------------------------------------------------------------------------------------

    def _exec(self, program: Program, stage: Path, argv: list[str], limits: Limits, *, no_data_limit: bool,
              cpu: int | None, outputs: tuple[str, ...] | None,
              ) -> tuple[LauncherReport | None, dict[str, bytes], set[str], str | None]:
        """Run `argv` under the launcher in the container.

        Returns the launcher's report, the files read back, which of them are executable, and an
        infrastructure error (None when the exec itself worked).

        `outputs` None means a compile: every file the work directory ends up with comes back.
        """
        try:
            container = self.container(program.language)
        except ImageError as error:
            return None, {}, set(), str(error)
        except Exception as error:  # noqa: BLE001 -- any engine failure is the infrastructure's fault
            return None, {}, set(), f"cannot start a {program.language} container: {error}"
        options = [
            "--timeout-ms", str(max(1, int(limits.wall_s * 1000))),
            "--cpu-s", str(max(1, math.ceil(limits.cpu_s))),
            "--mem-mb", str(limits.memory_mb),
            "--fsize", str(limits.output_bytes),
            "--nproc", str(limits.processes + SANDBOX_PROCESSES),
            "--no-aslr",
            "--stdin", f"{TOOLS}/stdin", "--stdout", f"{TOOLS}/stdout", "--stderr", f"{TOOLS}/stderr",
        ]
        if no_data_limit:
            options.append("--no-data-limit")
        if cpu is not None:
            options += ["--cpu", str(cpu)]
        script = _script(stage.name, [LAUNCHER_PATH, *options, "--", *argv], outputs)
        workdir = f"/work/{stage.name}"
        env = {**BASE_ENV, "HOME": workdir, **program.env}
        api = self.engine.api
        deadline = limits.wall_s + KILL_GRACE_S + TRANSFER_GRACE_S
        try:
            handle = api.exec_create(container.id, ["/bin/sh", "-c", script], user=PROGRAM_USER, environment=env,
                                     workdir="/work")
            future = self._waiter.submit(api.exec_start, handle["Id"], demux=True)
            out, err = future.result(timeout=deadline)
        except FutureTimeout:
            self._forget(program.language)  # the launcher did not enforce its own limit: discard it all
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
            code = api.exec_inspect(handle["Id"]).get("ExitCode")
            return None, {}, set(), f"sandbox command exited with {code} ({error}): {err[-2000:] or '(no message)'}"
        try:
            files, executable = _read_archive(archive)
        except (tarfile.TarError, ValueError) as error:
            return None, {}, set(), f"cannot read the files back from the container: {error}"
        return report, files, executable, None

    # -- staging and the compile cache ---------------------------------------------------------------------

    def _new_stage(self) -> Path:
        stage = self.stage_root / secrets.token_hex(8)
        stage.mkdir(mode=0o755)
        stage.chmod(0o755)
        return stage

    def _publish(self, source: Path, program: Program, final: Path) -> None:
        """Copy a compiled program into the cache, read-only, and make it visible with one rename."""
        final.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=final.parent))
        try:
            names = [*program.files, *program.artifacts] if program.artifacts else [
                entry.name for entry in source.iterdir() if entry.name != TOOLS]
            for name in names:
                origin, target = source / relative_path(name), staging / relative_path(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                if origin.is_dir():
                    shutil.copytree(origin, target, symlinks=True)
                else:
                    shutil.copy2(origin, target, follow_symlinks=False)
            make_read_only(staging)
            (staging / MARKER).write_text(program.content_hash())
            staging.chmod(0o755)
            try:
                os.rename(staging, final)
            except OSError:
                if not (final / MARKER).is_file():
                    raise
        finally:
            if staging.exists():
                remove_tree(staging)


def _link_tree(source: Path, target: Path) -> None:
    """Place a cache entry's files into a staging folder (hard links: cache files are read-only)."""
    for directory, subdirs, names in os.walk(source):
        here = Path(directory)
        into = target / here.relative_to(source)
        for name in subdirs:
            (into / name).mkdir(mode=0o755)
        for name in names:
            if not (name == MARKER and here == source):
                place(here / name, into / name, True)


def _script(run_id: str, command: list[str], outputs: tuple[str, ...] | None) -> str:
    """The shell script of one exec: stage into /work, run the launcher, print its report and a tar."""
    workdir = f"/work/{run_id}"
    if outputs is None:
        wanted = "--exclude=./.effx ."  # a compile: everything the compiler left in the work directory
    else:
        wanted = " ".join(shlex.quote(f"./{relative_path(name)}") for name in outputs)
    # A run's stdout comes back whole (stdio tasks are judged on it) unless it hit the output limit: then
    # the verdict is output_limit and shipping up to `output_bytes` of it would only cost time.
    tails = f"$stdout {TOOLS}/stderr" if outputs is not None else f"{TOOLS}/stdout-tail {TOOLS}/stderr"
    return "\n".join([
        f"w={workdir}",
        f'mkdir "$w" && cp -R /stage/{run_id}/. "$w/" && mkdir -p "$w/{TOOLS}" && cd "$w" || exit {EXEC_FAILED}',
        f"[ -e {TOOLS}/stdin ] || : > {TOOLS}/stdin",
        f"report=$({' '.join(shlex.quote(part) for part in command)})",
        f"tail -c {STDERR_TAIL} {TOOLS}/stderr > {TOOLS}/stderr-tail 2>/dev/null; "
        f"mv -f {TOOLS}/stderr-tail {TOOLS}/stderr 2>/dev/null",
        f"tail -c {STDERR_TAIL} {TOOLS}/stdout > {TOOLS}/stdout-tail 2>/dev/null" if outputs is None else ":",
        'printf "%s\\n" "$report" | tail -n 1',
        f"stdout={TOOLS}/stdout",
        """case "$report" in *'"output_exceeded": true'*) stdout= ;; esac""",
        f"tar -cf - --no-recursion {tails} 2>/dev/null",
        # Outputs are tarred separately: tar gives up on the whole list when the program removed a file.
        f"tar -cf - {wanted} 2>/dev/null" if outputs is None else
        f"for f in {wanted}; do [ -f \"$f\" ] && [ ! -L \"$f\" ] && tar -cf - \"$f\"; done 2>/dev/null",
        'cd / && rm -rf "$w"',
        "exit 0",
    ])


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


def _compile_failure(program: Program, report: LauncherReport | None, files: dict[str, bytes],
                     error: str | None) -> tuple[str, str | None] | None:
    """(message, sandbox_error) when compiling failed, None when it succeeded (as the local backend decides)."""
    if report is None:
        return "", error or "no launcher report"
    start_error = compiler_start_error(program, report)
    if start_error:
        return "", start_error
    if report.exit_code == 0 and not report.timed_out and not report.memory_exceeded:
        present = set(files) | {name.split("/")[0] for name in files}
        missing = [name for name in program.artifacts if name not in present]
        if not missing:
            return None
        return f"the compiler succeeded but did not produce {', '.join(missing)}", None
    stderr = files.get(f"{TOOLS}/stderr", b"").strip() or files.get(f"{TOOLS}/stdout-tail", b"").strip()
    text = stderr.decode("utf-8", "replace")
    if report.timed_out:
        text = f"compilation exceeded {COMPILE_LIMITS.wall_s:.0f} s\n{text}"
    elif report.memory_exceeded:
        text = f"compilation exceeded {COMPILE_LIMITS.memory_mb} MB of memory\n{text}"
    elif report.signal:
        text = f"the compiler was killed by signal {report.signal}\n{text}"
    return text, None


@atexit.register
def _close_leftovers() -> None:
    """Containers of sandboxes nobody closed (a crash, a forgotten `with`) are removed at exit."""
    for sandbox in list(_open):
        sandbox.close()
