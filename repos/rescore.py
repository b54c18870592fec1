"""Re-scoring a finished repository run from what it saved, without running anything again.

A run keeps every raw timing in each instance's `report.json` (and the same line in
`repo_results.jsonl`), so its statistics can be recomputed offline: after a fix to the statistics, to
see how a verdict depends on the outlier fence or the significance level, or to rebuild the results
file of a run whose JSONL was lost. This is SWE-bench's `report` step for repository mode.

What is recomputed: filtered medians, speedups and their intervals, gains, CPU and memory medians,
instance gains and the run's Apply / Correctness / Performance. What is not: statuses and
correctness, which record what the commands did; only running them again could change those.
The run's own files are left as they were; the re-scored results go to `repo_report.json`.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from effx.repos.models import InstanceResult, RepoSummary
from effx.repos.pipeline import score_instance
from effx.repos.repo_run import RESULTS_FILE, load_results, summarise_run
from effx.repos.stats import ScoringParams

REPORT_FILE = "repo_report.json"


class RescoreError(RuntimeError):
    """The folder is not a repository run, or holds no finished instance; the message says which."""


class RunReport(BaseModel):
    """A run re-scored from its saved measurements (the content of `repo_report.json`)."""

    run_dir: str
    """The run that was re-scored."""
    scoring: dict[str, float]
    """The statistical parameters used (`ScoringParams` as a dict)."""
    summary: RepoSummary
    """Apply, Correctness and Performance over the instances that finished."""
    results: list[InstanceResult]
    """Every finished instance with its statistics recomputed, in run order."""
    unfinished: list[str]
    """Instances that have a log folder but no result (the run stopped inside them)."""


@dataclass(frozen=True)
class _Found:
    results: list[InstanceResult]
    unfinished: list[str]


def _saved_results(run_dir: Path) -> _Found:
    """Finished instances in run order: each log folder's `report.json`, else its JSONL line."""
    lines = load_results(run_dir)
    order = list(lines)
    folders = run_dir / "repos"
    found: dict[str, InstanceResult] = {}
    unfinished: list[str] = []
    if folders.is_dir():
        for folder in sorted(p for p in folders.iterdir() if p.is_dir()):
            report = folder / "report.json"
            if not report.exists():
                if folder.name not in lines:
                    unfinished.append(folder.name)
                continue
            try:
                found[folder.name] = InstanceResult.model_validate_json(report.read_text(encoding="utf-8"))
            except ValidationError as exc:
                raise RescoreError(f"{report} is not an instance result ({exc.error_count()} error(s)); "
                                   f"delete it to fall back to the line in {RESULTS_FILE}") from exc
    for iid, res in lines.items():
        found.setdefault(iid, res)
    order += sorted(iid for iid in found if iid not in lines)
    return _Found([found[i] for i in order], unfinished)


def rescore_run(run_dir: Path, params: ScoringParams | None = None, *, write: bool = True) -> RunReport:
    """Recompute the statistics of every finished instance of a run and the run's metrics.

    Args:
        run_dir: `runs/<run_id>` of an `effx repo run`.
        params: Statistical parameters (default: SWE-Perf's, as a run uses).
        write: Also write the report to `<run_dir>/repo_report.json`.

    Raises:
        RescoreError: `run_dir` has no saved instance results.
    """
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise RescoreError(f"{run_dir} is not a folder; pass a run directory such as runs/<run_id>")
    found = _saved_results(run_dir)
    if not found.results:
        raise RescoreError(f"{run_dir} holds no finished repository instance (no {RESULTS_FILE} lines and "
                           f"no repos/<instance_id>/report.json); is it an `effx repo run` directory?")
    p = params or ScoringParams()
    results = [score_instance(r, p) for r in found.results]
    report = RunReport(run_dir=str(run_dir), scoring=dataclasses.asdict(p), summary=summarise_run(results),
                       results=results, unfinished=found.unfinished)
    if write:
        (run_dir / REPORT_FILE).write_text(json.dumps(report.model_dump(mode="json"), indent=2),
                                           encoding="utf-8")
    return report
