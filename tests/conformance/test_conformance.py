"""Every language on every sandbox backend behaves the same, and repository commands stay contained.

Each test looks at one case of one backend x row cell (see conftest.py) and asserts the verdict of the
library's judgement (`effx.sandbox.conformance`), which is what `effx sandbox check` prints: values of
every vocabulary type survive the trip through cases.json, the driver and result.json; stdio reaches the
program and comes back; every way a solution can fail earns its own status; neither a program nor a
repository command reaches the host's network, writes outside its work directory, reads the host's
secrets or outlives its limits. Exceptions live in the library's exceptions.py.
"""

from __future__ import annotations

import pytest

from effx.sandbox.conformance.language_cells import VERDICT_CASES
from effx.sandbox.conformance.solutions import ROUND_TRIPS

from .conftest import Results


def assert_conforms(results: Results, case: str) -> None:
    """Skip with the library's reason, or assert its verdict (its description is the failure message)."""
    result = results[case]
    if result.skipped is not None:
        pytest.skip(result.skipped)
    assert result.passed, result.describe()


@pytest.mark.parametrize("case", list(ROUND_TRIPS))
def test_every_vocabulary_type_round_trips_unchanged(cell: Results, case: str) -> None:
    assert_conforms(cell, case)


@pytest.mark.parametrize("case", ["stdio_echo"])
def test_stdio_program_copies_its_input_to_its_output(cell: Results, case: str) -> None:
    assert_conforms(cell, case)


@pytest.mark.parametrize("case", VERDICT_CASES)
def test_each_solution_earns_the_status_of_what_it_did(cell: Results, case: str) -> None:
    assert_conforms(cell, case)


@pytest.mark.parametrize("case", ["no_network"])
def test_the_host_network_is_unreachable_from_the_program(cell: Results, case: str) -> None:
    assert_conforms(cell, case)


@pytest.mark.parametrize("case", ["no_write_outside"])
def test_the_program_cannot_write_outside_its_work_directory(cell: Results, case: str) -> None:
    assert_conforms(cell, case)


@pytest.mark.parametrize("case", ["repo_ok"])
def test_a_repository_command_runs_in_its_worktree(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_no_network"])
def test_a_repository_command_cannot_reach_the_host_network(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_no_write_outside"])
def test_a_repository_command_cannot_write_outside_its_worktree(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_no_read_root"])
def test_a_repository_command_cannot_read_the_host_secrets(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_fork_bomb"])
def test_a_fork_bomb_is_stopped_by_the_process_limit_and_leaves_nothing_running(repo_cell: Results,
                                                                               case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_wall_limit"])
def test_a_repository_command_and_its_children_die_at_the_wall_limit(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_missing_argv"])
def test_a_program_that_does_not_exist_is_a_sandbox_error(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)


@pytest.mark.parametrize("case", ["repo_unreadable_workdir"])
def test_a_missing_worktree_is_a_sandbox_error(repo_cell: Results, case: str) -> None:
    assert_conforms(repo_cell, case)
