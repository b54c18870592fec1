"""A repository-mode run: every instance in turn, results streamed to JSONL, resumable, then summarised.

`runs/<run_id>/repo_results.jsonl` gets one line per finished instance, appended and flushed as soon
as the instance ends; re-running with the same run id skips the instances already there, except those
that ended `sandbox_error` (the infrastructure failed, so they are tried again). A line cut short by a
crash is ignored (and that instance redone). `repo_summary.json` holds SWE-Perf's Apply,
Correctness and Performance over all instances of the run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import platform
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from effx.repos.models import InstanceResult, InstanceStatus, Prediction, RepoInstance, RepoSummary
from effx.repos.pipeline import RepoRunConfig, evaluate_instance
from effx.sandbox.base import Sandbox
from effx.scoring.sweperf import apply_rate, correctness_rate, performance

RESULTS_FILE = "repo_results.jsonl"
SUMMARY_FILE = "repo_summary.json"
MANIFEST_FILE = "repo_manifest.json"

log = logging.getLogger(__name__)


@contextlib.contextmanager
def _sandbox(config: RepoRunConfig) -> Iterator[Sandbox | None]:
    """One sandbox for the whole run, closed at its end; None when it cannot open (each instance then
    records why, as `sandbox_error`)."""
    from effx.sandbox import get_sandbox

    try:
        sandbox = get_sandbox(config.sandbox)
    except Exception:  # noqa: BLE001 -- reported per instance by `evaluate_instance`
        yield None
        return
    with sandbox:
        yield sandbox


def load_results(run_dir: Path) -> dict[str, InstanceResult]:
    """Results already in a run's JSONL, keyed by instance id; unreadable (torn) lines are skipped."""
    path = run_dir / RESULTS_FILE
    results: dict[str, InstanceResult] = {}
    if not path.exists():
        return results
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            res = InstanceResult.model_validate_json(line)
        except ValidationError:
            continue
        results[res.instance_id] = res
    return results


def summarise_run(results: list[InstanceResult]) -> RepoSummary:
    """SWE-Perf's metrics over the instances the infrastructure evaluated (`sandbox_error` ones are left
    out of N, as they say nothing about the patch); `statuses` counts every instance."""
    judged = [r for r in results if r.status != InstanceStatus.sandbox_error]
    return RepoSummary(
        n=len(judged),
        apply=apply_rate([r.applied for r in judged]),
        correctness=correctness_rate([r.correct for r in judged]),
        performance=performance([r.gain for r in judged], [r.correct for r in judged]),
        statuses=dict(Counter(r.status.value for r in results)),
    )


def _append(path: Path, result: InstanceResult) -> None:
    torn = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
    with open(path, "a", encoding="utf-8") as fh:
        if torn:  # a crash cut the last line short: end it, so it stays one unreadable line
            fh.write("\n")
        fh.write(result.model_dump_json() + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _write_manifest(config: RepoRunConfig, n: int) -> None:
    from effx.repos.hyperfine import HyperfineError, find_hyperfine, hyperfine_version

    try:
        hf: str | None = ".".join(map(str, hyperfine_version(find_hyperfine())))
    except HyperfineError:
        hf = None
    manifest = {"mode": "repo", "instances": n, "runs": config.runs, "warmup": config.warmup,
                "sandbox": config.sandbox, "hyperfine": hf, "python": sys.version.split()[0],
                "platform": platform.platform(),
                "metrics": ["iqr_filter", "sweperf_test_gain", "sweperf_instance_gain", "sweperf_apply",
                            "sweperf_correctness", "sweperf_performance"],
                "scoring": dataclasses.asdict(config.scoring)}
    (config.run_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))


def run_instances(instances: list[RepoInstance], predictions: dict[str, Prediction], config: RepoRunConfig,
                  on_result: Callable[[InstanceResult, bool], None] | None = None) -> RepoSummary:
    """Evaluate every instance (skipping those already in the run's results) and write the summary.

    Args:
        instances: The instances, in order.
        predictions: Patches by instance id; an instance without one ends `apply_failed` (after its base
            timings are taken), as it counts in SWE-Perf's N.
        config: Run options.
        on_result: Called with each result and whether it was resumed from an earlier run.

    Returns:
        The run's summary over all `instances`.
    """
    unknown = sorted(set(predictions) - {inst.instance_id for inst in instances})
    if unknown:
        log.warning("%d prediction(s) match no instance and are ignored: %s", len(unknown),
                    ", ".join(unknown[:10]) + (" ..." if len(unknown) > 10 else ""))
    config.run_dir.mkdir(parents=True, exist_ok=True)
    _write_manifest(config, len(instances))
    done = load_results(config.run_dir)
    results_path = config.run_dir / RESULTS_FILE
    final: list[InstanceResult] = []
    with _sandbox(config) as sandbox:
        for inst in instances:
            earlier = done.get(inst.instance_id)
            if earlier is not None and earlier.status != InstanceStatus.sandbox_error:
                result, resumed = earlier, True
            else:
                result = evaluate_instance(inst, predictions.get(inst.instance_id), config, sandbox)
                resumed = False
                _append(results_path, result)
            final.append(result)
            if on_result is not None:
                on_result(result, resumed)
    summary = summarise_run(final)
    (config.run_dir / SUMMARY_FILE).write_text(summary.model_dump_json(indent=2))
    return summary
