"""Every language on every sandbox backend behaves the same through the real stack.

Each test looks at one case of one backend x language cell (see conftest.py): values of every vocabulary
type survive the trip through cases.json, the driver and result.json; stdio reaches the program and comes
back; and every way a solution can fail earns its own status. Exceptions live in exceptions.py.
"""

from __future__ import annotations

import re

import pytest

from effx.models import Status

from .conftest import Cell
from .programs import FAILURES, ROUND_TRIPS

VERDICT_CASES = [case for case in FAILURES if case not in ("no_network", "no_write_outside")]
CONNECT_FAILED = re.compile(r"connect|refused|unreachable", re.I)
"""What every language's error for a failed connection mentions (so a crash for another reason fails)."""
WRITE_FAILED = re.compile(r"read-only|permission denied|no such file|erofs|eacces|enoent", re.I)


def describe(cell: Cell, case: str) -> str:
    result = cell.results[case]
    return f"{cell.backend}/{cell.language} {case}: got {result.status.value}\n{result.message[-1500:]}"


@pytest.mark.parametrize("case", list(ROUND_TRIPS))
def test_every_vocabulary_type_round_trips_unchanged(cell: Cell, case: str) -> None:
    assert cell.results[case].status == Status.ok, describe(cell, case)


@pytest.mark.parametrize("case", ["stdio_echo"])
def test_stdio_program_copies_its_input_to_its_output(cell: Cell, case: str) -> None:
    assert cell.results[case].status == Status.ok, describe(cell, case)


@pytest.mark.parametrize("case", VERDICT_CASES)
def test_each_solution_earns_the_status_of_what_it_did(cell: Cell, case: str) -> None:
    result = cell.results[case]
    assert result.status.value == FAILURES[case], describe(cell, case)
    if result.status == Status.ok:
        assert result.runtime_ms is not None and result.repeats, describe(cell, case)
    else:
        assert result.runtime_ms is None and not result.repeats
    if case == "runtime_error":
        assert "boom from solution" in result.message, describe(cell, case)
    if case == "compile_error":
        assert result.message.strip(), "a compile error must carry the compiler's (or loader's) message"


@pytest.mark.parametrize("case", ["no_network"])
def test_the_host_network_is_unreachable_from_the_program(cell: Cell, case: str) -> None:
    if not cell.isolated:
        pytest.skip("the local sandbox runs without bubblewrap here: no network isolation to check")
    result = cell.results[case]
    assert result.status == Status.runtime_error and CONNECT_FAILED.search(result.message), describe(cell, case)


@pytest.mark.parametrize("case", ["no_write_outside"])
def test_the_program_cannot_write_outside_its_work_directory(cell: Cell, case: str) -> None:
    if not cell.isolated:
        pytest.skip("the local sandbox runs without bubblewrap here: no filesystem isolation to check")
    escaped = cell.escape.exists()
    cell.escape.unlink(missing_ok=True)
    assert not escaped, f"{cell.backend}/{cell.language} created {cell.escape} on the host"
    result = cell.results[case]
    assert result.status == Status.runtime_error and WRITE_FAILED.search(result.message), describe(cell, case)
