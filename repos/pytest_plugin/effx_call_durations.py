"""pytest plugin: write each test's call duration and outcome to the JSON file in $EFFX_DURATIONS_FILE.

Loaded with `-p effx_call_durations` (its folder on PYTHONPATH) inside an instance's own interpreter,
so it imports nothing but the standard library. Only the `call` phase is timed, as in SWE-Perf:
fixture set-up and teardown are not the code under test. A failing set-up or teardown still marks
the test as failed, so a broken test is never reported as a fast one.
"""

from __future__ import annotations

import json
import os
from typing import Any

_results: dict[str, dict[str, Any]] = {}


def pytest_runtest_logreport(report: Any) -> None:
    entry = _results.setdefault(report.nodeid, {"nodeid": report.nodeid, "outcome": "passed",
                                                "duration": None})
    if report.when == "call":
        entry["duration"] = float(report.duration)
        if report.outcome != "passed":
            entry["outcome"] = report.outcome
    elif report.failed:
        entry["outcome"] = "error"
    elif report.skipped and report.when == "setup":
        entry["outcome"] = "skipped"


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    path = os.environ.get("EFFX_DURATIONS_FILE")
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"exitstatus": int(exitstatus), "tests": list(_results.values())}, fh)
