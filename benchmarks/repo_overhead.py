"""What running a repository's commands in the sandbox costs: set-up, one pytest run, one hyperfine run.

Builds the small Python fixture project of the tests (a quadratic `dedupe` and its gold patch) as a real
git repository, evaluates it `--rounds` times as one instance (virtualenv, `pip install -e .`, a pytest
workload and a hyperfine command workload, a correctness command) and reads each step's duration back
from the instance's `commands.log`. Run it with two checkouts of effx to compare them side by side:

    python benchmarks/repo_overhead.py --rounds 3 --sandbox local
    python benchmarks/repo_overhead.py --rounds 3 --sandbox docker

Prints one JSON object, medians over the rounds: the set-up command, one pytest repetition (the whole
pytest process, as started for every repetition), the workloads' own measurements on the base tree (the
test's call duration, the command's wall time per hyperfine run) and the whole instance.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from effx.repos.models import Prediction, RepoInstance, Workload
from effx.repos.pipeline import RepoRunConfig

try:
    from effx.repos.repo_run import RESULTS_FILE, run_instances
except ImportError:  # checkouts of effx before the module was named repo_run, for side-by-side runs
    from effx.repos.run import RESULTS_FILE, run_instances  # type: ignore[no-redef]

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "repos" / "pydedupe"
FAST = '"""Order-preserving de-duplication."""\n\n\ndef dedupe(items):\n    return list(dict.fromkeys(items))\n'
STEP = re.compile(r"^\[(?P<step>[^\]]+)\] .*? (?:exit -?\d+|TIMEOUT|[A-Z ]+) (?P<seconds>[\d.]+)s ->", re.M)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@b", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout


def make_repo(root: Path) -> tuple[Path, str, str]:
    repo = root / "pydedupe"
    shutil.copytree(FIXTURE, repo)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "project")
    target = repo / "dedupe" / "__init__.py"
    original = target.read_text()
    target.write_text(FAST)
    patch = git(repo, "diff")
    target.write_text(original)
    return repo, git(repo, "rev-parse", "HEAD").strip(), patch


def one_round(root: Path, sandbox: str, runs: int, warmup: int) -> dict[str, float]:
    repo, head, patch = make_repo(root)
    workloads = [Workload(name="pytest", kind="pytest", target="tests/test_perf.py::test_dedupe_large"),
                 Workload(name="script", kind="command", target="python bench.py")]
    instance = RepoInstance(instance_id="bench", repo=str(repo), base_commit=head, workloads=workloads, venv=True,
                            setup=["pip install --no-build-isolation --no-deps -e ."],
                            test_command="python -m pytest -q tests", env={"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    options = {"run_dir": root / "run", "runs": runs, "warmup": warmup, "cache_dir": root / "cache"}
    if "sandbox" in {f.name for f in dataclasses.fields(RepoRunConfig)}:
        options["sandbox"] = sandbox
    started = time.perf_counter()
    run_instances([instance], {"bench": Prediction(instance_id="bench", model_patch=patch)},
                  RepoRunConfig(**options))  # type: ignore[arg-type]
    total = time.perf_counter() - started
    result = json.loads((root / "run" / RESULTS_FILE).read_text())
    if result["status"] != "ok":
        raise SystemExit(f"the instance ended {result['status']}; see {root / 'run'}")
    measured = {w["name"]: w["base_median"] for w in result["workloads"]}
    steps = {m["step"]: float(m["seconds"]) for m in STEP.finditer(
        (root / "run" / "repos" / "bench" / "commands.log").read_text())}
    pytest_runs = [s for name, s in steps.items() if " pytest run " in name]
    return {"setup_s": steps["setup 1"], "pytest_process_s": statistics.median(pytest_runs),
            "pytest_call_s": measured["pytest"], "command_run_s": measured["script"], "instance_s": total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--sandbox", default="local")
    args = parser.parse_args()
    rounds = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="effx-repo-bench-") as tmp:
            rounds.append(one_round(Path(tmp), args.sandbox, args.runs, args.warmup))
    print(json.dumps({key: round(statistics.median(r[key] for r in rounds), 4) for key in rounds[0]}
                     | {"sandbox": args.sandbox, "rounds": args.rounds}))


if __name__ == "__main__":
    main()
