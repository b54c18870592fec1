"""The process environment of an instance's commands, with an optional per-instance virtualenv.

The virtualenv lives next to the work tree, not in it, so resetting the tree between patch attempts
never touches it and a patch cannot edit it. With system site packages it is created without pip and
reuses the interpreter's pip (which installs into `sys.prefix`, i.e. the venv): creation takes a
fraction of a second and installing a package without dependencies needs no network. A `pip` shim in
`bin/` makes a plain `pip install ...` in a set-up command land in the venv too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from effx.repos.models import RepoInstance

_PIP_SHIM = '#!/bin/sh\nexec "$(dirname "$0")/python" -m pip "$@"\n'


class VenvError(RuntimeError):
    """The virtualenv could not be created; the message includes the interpreter's output."""


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


def command_env(instance: RepoInstance, venv_bin: Path | None) -> dict[str, str]:
    """The environment every command of the instance runs with.

    Hash seeds are fixed so Python workloads hash the same way in every repetition; the harness's own
    virtualenv (if any) is dropped so it cannot shadow the instance's.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH")}
    env["PYTHONHASHSEED"] = "0"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    if venv_bin is not None:
        env["VIRTUAL_ENV"] = str(venv_bin.parent)
        env["PATH"] = f"{venv_bin}{os.pathsep}{env.get('PATH', '')}"
    env.update(instance.env)
    return env
