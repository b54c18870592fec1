"""The hostile corpus: one small program per attack and language, and the status it must get.

What an entry is and the task every entry solves are in `attack.py`; the entries themselves live in one
module per language (`attacks_<language>.py`, each with its `ATTACKS` and an honest `GOOD` solution).
This module gathers them. `python -m tests.hostile.table` prints the whole corpus as a table.
"""

from __future__ import annotations

from . import (
    attacks_c,
    attacks_cpp,
    attacks_go,
    attacks_java,
    attacks_javascript,
    attacks_python,
    attacks_ruby,
    attacks_rust,
)
from .attack import BACKENDS, CATEGORIES, SECRET_NAME, SUM_TASK, Attack, Override, render

__all__ = ["ATTACKS", "BACKENDS", "CATEGORIES", "DOCKER_LANGUAGES", "GOOD", "LANGUAGES", "SECRET_NAME", "SUM_TASK",
           "Attack", "Override", "attacks_on", "render"]

_MODULES = {"python": attacks_python, "c": attacks_c, "cpp": attacks_cpp, "java": attacks_java,
            "javascript": attacks_javascript, "go": attacks_go, "rust": attacks_rust, "ruby": attacks_ruby}

LANGUAGES = tuple(_MODULES)
ATTACKS: list[Attack] = [attack for module in _MODULES.values() for attack in module.ATTACKS]
GOOD: dict[str, str] = {language: module.GOOD for language, module in _MODULES.items()}
"""An honest solution per language: run after the attacks, it must still be `ok` (nothing was poisoned)."""

DOCKER_LANGUAGES = ("python", "cpp")
"""The languages whose images the docker corpus needs (the two built on this machine and in CI)."""


def attacks_on(backend: str) -> list[Attack]:
    """The entries the corpus runs on `backend`."""
    return [a for a in ATTACKS if backend == "local" or a.language in DOCKER_LANGUAGES]


def _check_unique() -> None:
    seen: set[str] = set()
    for attack in ATTACKS:
        assert attack.id not in seen, f"two entries are called {attack.id}"
        assert attack.category in CATEGORIES, f"{attack.id}: unknown category {attack.category!r}"
        seen.add(attack.id)
    assert set(BACKENDS) == {"local", "docker"}


_check_unique()
