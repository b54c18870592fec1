"""What an instance's commands see: the virtualenv, the host's toolchains (read-only), the environment.

The virtualenv lives next to the work tree, not in it, so resetting the tree between patch attempts
never touches it and a patch cannot edit it. With system site packages it is created without pip and
reuses the interpreter's pip (which installs into `sys.prefix`, i.e. the venv): creation takes a
fraction of a second and installing a package without dependencies needs no network. A `pip` shim in
`bin/` makes a plain `pip install ...` in a set-up command land in the venv too. Creating it runs only
the interpreter's own `venv` module, so it happens on the host; everything after runs in the sandbox.

Inside the sandbox only the system folders are visible, so toolchains installed elsewhere (a pyenv or
virtualenv interpreter, rustup's toolchain, a Go root under /usr/local) are mounted read-only at their
own paths, exactly the folders they need: never the home folder that holds them, with its credentials.
The environment is built from nothing: no variable of effx's own process (API keys included) reaches a
repository command.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from effx.repos.hyperfine import HyperfineError, find_hyperfine
from effx.repos.models import RepoInstance
from effx.repos.shell import CommandRunner, Confinement
from effx.repos.workloads import PLUGIN_DIR
from effx.sandbox.base import Mount, Sandbox

_PIP_SHIM = '#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n'
SYSTEM_ROOTS = ("/", "/usr", "/usr/local")
"""Prefixes that are never mounted: the sandbox has its own (a toolchain under them is part of the system)."""
BASE_PATH = "/usr/local/bin:/usr/bin:/bin"
GIT_ENV = {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*"}
"""Lets git inside the sandbox read the repository (build tools stamp versions from it): the mirror is
mounted read-only and belongs to another user, which git would otherwise refuse."""


class VenvError(RuntimeError):
    """The virtualenv could not be created; the message includes the interpreter's output."""


@dataclass(frozen=True)
class Toolchains:
    """Host toolchains outside the system folders, as the sandbox needs them."""

    mounts: tuple[Mount, ...] = ()
    path: tuple[str, ...] = ()
    """Folders to put on PATH, first to last."""
    env: dict[str, str] = field(default_factory=dict)


def create_venv(instance: RepoInstance, path: Path) -> Path:
    """Create (or recreate) the instance's virtualenv at `path` and return its `bin/` folder."""
    python = instance.python or sys.executable
    argv = [python, "-m", "venv", "--clear"]
    if instance.venv_system_site_packages:
        argv += ["--system-site-packages", "--without-pip"]
    proc = subprocess.run([*argv, str(path)], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise VenvError(f"`{' '.join(argv)} {path}` failed: {proc.stderr.strip()[-500:]}")
    bin_dir = path / "bin"
    if instance.venv_system_site_packages:
        for name in ("pip", "pip3"):
            shim = bin_dir / name
            shim.write_text(_PIP_SHIM)
            shim.chmod(0o755)
    return bin_dir


@cache
def host_toolchains(python: str | None = None) -> Toolchains:
    """The interpreter running effx (or `python`), rustup's active toolchain and Go's root, when present.

    Rust runs from its toolchain folder directly (rustup's proxies would need all of `~/.rustup`), with a
    private `CARGO_HOME` in the sandbox's `/tmp`; offline builds need nothing from the user's.
    """
    folders: list[Path] = []
    path: list[str] = []
    env: dict[str, str] = {}
    for prefix in _python_prefixes(python):
        folders.append(prefix)
        path.append(str(prefix / "bin"))
    sysroot = _ask(["rustc", "--print", "sysroot"])
    if sysroot:
        folders.append(Path(sysroot))
        path.append(str(Path(sysroot) / "bin"))
        env["CARGO_HOME"] = "/tmp/cargo-home"
    goroot = _ask(["go", "env", "GOROOT"])
    if goroot:
        folders.append(Path(goroot))
        path.append(str(Path(goroot) / "bin"))
    mounts = tuple(Mount(folder) for folder in dict.fromkeys(folders) if str(folder) not in SYSTEM_ROOTS)
    return Toolchains(mounts=mounts, path=tuple(dict.fromkeys(path)), env=env)


def command_env(instance: RepoInstance, venv_bin: Path | None, tools: Toolchains) -> dict[str, str]:
    """The environment every command of the instance runs with, built from nothing.

    Hash seeds are fixed so Python workloads hash the same way in every repetition; HOME is the sandbox's
    private `/tmp`, so tools that cache under it (pip, go) never write into the worktree.
    """
    path = [*([str(venv_bin)] if venv_bin is not None else []), *tools.path, BASE_PATH]
    env = {"PATH": ":".join(path), "HOME": "/tmp", "PYTHONHASHSEED": "0", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "PIP_NO_INPUT": "1", **GIT_ENV, **tools.env}
    if venv_bin is not None:
        env["VIRTUAL_ENV"] = str(venv_bin.parent)
    env.update(instance.env)
    return env


def runner_for(instance: RepoInstance, sandbox: Sandbox, *, log_dir: Path, workdir: Path, outbox: Path,
               venv_bin: Path | None = None, git_dir: Path | None = None, memory_mb: int = 4096,
               processes: int = 512) -> CommandRunner:
    """The command runner of one instance: its sandbox, what its commands see, their environment.

    Read-only mounts: the host toolchains, effx's pytest plugin, hyperfine (when installed) and the
    repository's git folder (`git_dir`: build tools read versions from it). Writable: the worktree,
    the outbox, and the virtualenv while installing.
    """
    tools = host_toolchains(instance.python)
    mounts = [*tools.mounts, Mount(PLUGIN_DIR)]
    try:
        mounts.append(Mount(Path(find_hyperfine())))
    except HyperfineError:
        pass  # only command workloads need it; the pipeline checks for them before anything runs
    if git_dir is not None:
        mounts.append(Mount(git_dir))
    confinement = Confinement(env=command_env(instance, venv_bin, tools), mounts=tuple(mounts),
                              venv=venv_bin.parent if venv_bin is not None else None,
                              memory_mb=memory_mb, processes=processes)
    return CommandRunner(log_dir, workdir, sandbox=sandbox, confinement=confinement, outbox=outbox)


def _python_prefixes(python: str | None) -> list[Path]:
    if python is None:
        return [Path(p).resolve() for p in dict.fromkeys((sys.prefix, sys.base_prefix))]
    found = shutil.which(python) or python
    answer = _ask([found, "-c", "import sys; print(sys.prefix); print(sys.base_prefix)"])
    return [Path(line).resolve() for line in dict.fromkeys(answer.splitlines())] if answer else []


def _ask(argv: list[str]) -> str:
    """A toolchain's answer to a question about itself, or empty when it is not installed or fails."""
    if shutil.which(argv[0]) is None:
        return ""
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return proc.stdout.strip() if proc.returncode == 0 else ""
