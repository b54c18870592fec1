"""The grid as a user reads it: one row per language (and `repo`), one column per group of cases.

A cell of the printed grid sums up its cases: `FAIL` when any fails, else `xfail` when a known exception
still fails, else `ok`; `-` when every case was skipped, blank when the row has no case of that group.
Below it, one entry per failure with what was expected and what happened, the reasons for skips, and a
summary line, so a user sees at a glance whether this machine runs untrusted code the way effx assumes.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Iterable

from effx.sandbox.conformance.result import CheckResult

GROUPS: dict[str, str] = {
    "types": "echo round trips of every vocabulary type",
    "stdio": "stdin to stdout",
    "verdicts": "good, wrong, uncompilable and crashing solutions",
    "limits": "time, memory and output limits; fork bombs and wall limits of repository commands",
    "network": "no connection to the host's loopback",
    "files": "no write outside the work directory; host secrets unreadable",
    "commands": "repository commands: run in the worktree; unstartable ones are sandbox errors",
}
"""Columns of the grid, in order, with what they cover."""
CASE_GROUPS = {
    "stdio_echo": "stdio",
    "good": "verdicts", "wrong_answer": "verdicts", "compile_error": "verdicts", "runtime_error": "verdicts",
    "timeout": "limits", "memory_limit": "limits", "output_limit": "limits",
    "repo_fork_bomb": "limits", "repo_wall_limit": "limits",
    "no_network": "network", "repo_no_network": "network",
    "no_write_outside": "files", "repo_no_write_outside": "files", "repo_no_read_root": "files",
    "repo_ok": "commands", "repo_missing_argv": "commands", "repo_unreadable_workdir": "commands",
}
"""The group of every case that is not an echo round trip (those are `types`)."""
DETAIL_LINES = 6
"""Lines of detail shown under each failure (the end of the message)."""


def group_of(case: str) -> str:
    """The grid column a case is summed up in."""
    return CASE_GROUPS.get(case, "types")


def summarize(results: Iterable[CheckResult]) -> str:
    """One grid cell for a set of results: `FAIL`, `xfail`, `ok`, `-` (all skipped) or blank (none)."""
    outcomes = {result.outcome for result in results}
    for mark in ("FAIL", "xfail", "ok"):
        if mark in outcomes:
            return mark
    return "-" if outcomes else ""


def format_grid(results: list[CheckResult], width: int = 100) -> str:
    """The grid, the failures with their details, the skip reasons and a summary line.

    Args:
        results: What `run_checks` returned (one or more backends).
        width: Longest line to print (a terminal's width); details are cut to it.
    """
    width = max(width, 40)
    rows = list(dict.fromkeys((r.backend, r.language) for r in results))
    backends = list(dict.fromkeys(backend for backend, _ in rows))
    label = {key: (f"{key[0]}/{key[1]}" if len(backends) > 1 else key[1]) for key in rows}
    first = max([len("row"), *(len(text) for text in label.values())])
    columns = [group for group in GROUPS if any(group_of(r.case) == group for r in results)]
    lines = [f"sandbox conformance: {', '.join(backends)}", ""]
    lines.append("  ".join([f"{'row':<{first}}", *(f"{group:<8}" for group in columns)]).rstrip())
    for key in rows:
        mine = [r for r in results if (r.backend, r.language) == key]
        cells = [summarize(r for r in mine if group_of(r.case) == group) for group in columns]
        lines.append("  ".join([f"{label[key]:<{first}}", *(f"{cell:<8}" for cell in cells)]).rstrip())
    lines.append("")
    lines.append("ok: conforms  FAIL: does not  xfail: known exception (exceptions.py)  -: skipped")
    failures = [r for r in results if r.failed]
    for result in failures:
        head, _, detail = result.describe().partition("\n")
        lines.append("")
        lines += textwrap.wrap(f"FAIL {head}", width, subsequent_indent="    ", break_on_hyphens=False)
        for line in detail.rstrip().splitlines()[-DETAIL_LINES:]:
            lines.append(("    | " + line)[:width])
    skips: dict[tuple[str, str, str], list[str]] = {}
    for result in results:
        if result.skipped is not None:
            skips.setdefault((result.backend, result.language, result.skipped), []).append(result.case)
    known = [r for r in results if r.outcome == "xfail"]
    if skips or known:
        lines.append("")
    for (backend, row, reason), cases in skips.items():
        every = len(cases) == sum((r.backend, r.language) == (backend, row) for r in results)
        which = "" if every else f" ({', '.join(cases)})"
        lines += textwrap.wrap(f"skipped {backend}/{row}{which}: {reason}", width, subsequent_indent="    ",
                               break_on_hyphens=False)
    for result in known:
        lines += textwrap.wrap(f"xfail {result.backend}/{result.language} {result.case}: {result.known_failure}",
                               width, subsequent_indent="    ", break_on_hyphens=False)
    counts = {outcome: sum(r.outcome == outcome for r in results) for outcome in ("ok", "FAIL", "xfail", "skipped")}
    lines.append("")
    lines.append(f"{len(results)} checks: {counts['ok']} ok, {counts['FAIL']} failed, "
                 f"{counts['xfail']} known exceptions, {counts['skipped']} skipped")
    return "\n".join(lines)


def main(backend: str = "local", languages: list[str] | None = None) -> int:
    """Check `backend` on this machine and print the grid; progress goes to stderr.

    Args:
        backend: `local` or `docker`.
        languages: Languages to check; None for every registered one (the `repo` row is always checked).

    Returns:
        0 when nothing failed, 1 otherwise (skips are not failures).
    """
    from effx.sandbox.conformance.cells import run_checks

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    results = run_checks(backend, languages, progress=progress)
    print(format_grid(results, shutil.get_terminal_size().columns))
    return 1 if any(result.failed for result in results) else 0
