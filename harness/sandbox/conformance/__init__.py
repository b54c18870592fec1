"""The sandbox conformance suite, shipped so anyone can check that their machine runs untrusted code safely.

effx trusts its sandbox for two things: that every language behaves the same on every backend (a value
survives the driver, a crash is a `runtime_error`, a hog hits its limit), and that the judged code
cannot get out (no network, no writes outside its work directory, no host secrets, nothing left running).
Both depend on the machine: the toolchains installed, whether bubblewrap can start, which docker images
are built. So the suite is library code, not only tests: `run_checks` evaluates the grid (backend x
language, plus `repo` for repository commands) and judges every case, `format_grid` prints it, and the
pytest suite in `tests/conformance/` asserts the same verdicts, so the grid and the tests never disagree.
Known exceptions are listed, with their reasons, in `exceptions.py`.

Importing this package is cheap: the measuring stack, the backends and docker load when a check runs.
"""

from effx.sandbox.conformance.cells import check_cell, run_checks
from effx.sandbox.conformance.grid import format_grid, main
from effx.sandbox.conformance.listener import HostListener, host_listener
from effx.sandbox.conformance.result import CheckResult

__all__ = ["CheckResult", "HostListener", "check_cell", "format_grid", "host_listener", "main", "run_checks"]
