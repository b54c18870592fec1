"""Which toolchain version each language has on this machine.

The version line is part of every compiled program's cache key (`Program.toolchain`), so a compiler
upgrade recompiles instead of measuring binaries the old compiler made.
"""

from __future__ import annotations

import subprocess
from functools import cache

from effx.registry import get_language

__all__ = ["toolchain_key", "toolchain_version"]


def toolchain_version(language: str) -> str:
    """First line of the language toolchain's version output, or `missing`."""
    argv = get_language(language).toolchain.version_argv
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


@cache
def toolchain_key(language: str) -> str:
    """`toolchain_version`, asked once per process: what renders programs for the compile cache."""
    return toolchain_version(language)
