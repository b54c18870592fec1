"""Known, explained exceptions to the conformance suite.

Each entry names a (backend, language, case) cell that does not conform and why. The suite marks those
cells `xfail(strict=True)`: the test still runs, and once the behaviour is fixed the unexpected pass fails
the suite, so the entry is removed instead of hiding a fixed problem. `*` matches any backend.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownException:
    """One cell of the grid that is expected to fail, with the reason shown in the test report."""

    backend: str
    language: str
    case: str
    reason: str


KNOWN_EXCEPTIONS: list[KnownException] = [
]


def reason_for(backend: str, language: str, case: str) -> str | None:
    """The documented reason why this cell fails, or None when it must pass."""
    for entry in KNOWN_EXCEPTIONS:
        if entry.backend in ("*", backend) and entry.language == language and entry.case == case:
            return entry.reason
    return None
