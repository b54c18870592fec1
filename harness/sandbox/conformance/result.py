"""One check of the conformance grid: what a (backend, row, case) should have done and what it did.

The judgement lives here, in the library, so the printed grid (`effx sandbox check`) and the pytest suite
report the same verdict for every case: the tests only assert `passed`. A known exception
(`exceptions.py`) turns a failure into an expected one, and an expected failure that passes into a
failure (strict): a fixed problem must lose its exception rather than hide behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["ok", "FAIL", "xfail", "skipped"]


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one case of one cell of the grid."""

    backend: str
    """Sandbox backend (`local`, `docker`)."""
    language: str
    """The grid's row: a language name, or `repo` for repository commands."""
    case: str
    """The case's name (`int`, `timeout`, `repo_fork_bomb`, ...)."""
    passed: bool
    """Whether the behaviour conformed (before known exceptions are taken into account)."""
    expected: str
    """What the case must do, in a few words."""
    got: str
    """What it did, in a few words."""
    detail: str = ""
    """Supporting output: the tail of a message, a listing, a traceback."""
    skipped: str | None = None
    """Why the case was not run (toolchain, engine or image missing; the check does not apply here)."""
    known_failure: str | None = None
    """The documented reason from `exceptions.py` when this case is a known exception."""

    @property
    def outcome(self) -> Outcome:
        """`ok`, `FAIL`, `xfail` (a known exception that still fails) or `skipped`."""
        if self.skipped is not None:
            return "skipped"
        if self.known_failure is not None:
            return "FAIL" if self.passed else "xfail"
        return "ok" if self.passed else "FAIL"

    @property
    def failed(self) -> bool:
        """A failure that counts: it does not conform and is not known, or a known exception passed."""
        return self.outcome == "FAIL"

    def describe(self) -> str:
        """One line saying what was expected and what happened, then the detail."""
        head = f"{self.backend}/{self.language} {self.case}: expected {self.expected}; got {self.got}"
        if self.known_failure is not None and self.passed:
            head += f" (listed as a known exception, '{self.known_failure}': remove it from exceptions.py)"
        return f"{head}\n{self.detail}" if self.detail else head


def skipped_results(backend: str, language: str, cases: dict[str, str], reason: str) -> list[CheckResult]:
    """Every case of a cell (`{case: expected}`), skipped for one reason."""
    return [CheckResult(backend, language, case, False, expected, "not run", skipped=reason)
            for case, expected in cases.items()]
