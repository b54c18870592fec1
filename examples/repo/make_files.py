"""Write instances.jsonl and predictions.jsonl of the walkthrough from the .patch files beside them.

The JSONL files embed the diffs as strings; generating them keeps one source for each diff. Run it
after editing a patch: `python examples/repo/make_files.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
BASE_COMMIT = "46207856e21ea6ba0976cc1a3669bbeceb21dc94"  # what prepare.sh commits
MODEL = "walkthrough-example"


def _instance(instance_id: str, workloads: list[dict], patch: str = "") -> dict:
    return {
        "instance_id": instance_id,
        "repo": "toposort-1.10",
        "base_commit": BASE_COMMIT,
        "venv": True,
        "setup": ["pip install --no-build-isolation --no-deps -e ."],
        "test_patch": (HERE / "test.patch").read_text(),
        "test_command": "make test",
        "env": {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        "workloads": workloads,
        "patch": patch,
    }


def main() -> None:
    levels = (HERE / "levels.patch").read_text()
    instances = [
        _instance("toposort-1.10__levels", [
            {"name": "chain-tests", "kind": "pytest", "target": "test/test_perf.py"},
            {"name": "deep-graph", "kind": "command", "target": "python bench/sort_graph.py deep"},
            {"name": "wide-graph", "kind": "command", "target": "python bench/sort_graph.py wide"},
        ], patch=levels),
        _instance("toposort-1.10__copy", [
            {"name": "wide-graph", "kind": "command", "target": "python bench/sort_graph.py wide"},
        ]),
    ]
    predictions = [
        {"instance_id": "toposort-1.10__levels", "model_name_or_path": MODEL, "model_patch": levels},
        {"instance_id": "toposort-1.10__copy", "model_name_or_path": MODEL,
         "model_patch": (HERE / "broken-copy.patch").read_text()},
    ]
    for name, rows in (("instances.jsonl", instances), ("predictions.jsonl", predictions)):
        (HERE / name).write_text("".join(json.dumps(row) + "\n" for row in rows))


if __name__ == "__main__":
    main()
