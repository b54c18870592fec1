"""Building the report model from runs, the suite's tasks and the scores.

Runs are merged in creation order; when two runs hold the same result key (the same references
measured twice, say) the later run's result wins, so re-measuring replaces rather than double-counts.
Solution sources come with the results (`RunResult.code`, from the run folder's `code/` or the results
store), so the report shows the code that was measured even when the samples file has since moved or
changed. Only for run folders from before `code/` existed are candidates' sources read back from the
run's samples file (and references' from the suite); a missing file only costs the code listing, never
the scores.

Sources longer than `CODE_LIMIT` bytes are cut there (the entry keeps the full size in `code_bytes`), and
each distinct source is cut once however many results share it, so a multi-megabyte solution costs the
report 64 KiB, not its size times the number of places it is shown. Messages are cut at
`MESSAGE_LIMIT` characters.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path

from effx import __version__
from effx.models import RunManifest, RunResult, Task
from effx.reports.model import (
    CODE_LIMIT,
    MESSAGE_LIMIT,
    Failure,
    ReferenceEntry,
    Report,
    RunSection,
    RuntimeChart,
    SolutionEntry,
    TaskSection,
)
from effx.reports.scores import leaderboard, reference_costs, sample_beyond

CV_THRESHOLD = 0.05
"""Runtime CV above which a measurement counts as noisy, unless the run recorded its own."""


def build_report(runs: Iterable[tuple[RunManifest, list[RunResult]]], tasks: Mapping[str, Task] | None = None,
                 *, title: str = "effx report") -> Report:
    """The report of one or more runs.

    Args:
        runs: (manifest, results) per run, e.g. from `effx.store.read_run_dir` or the store.
        tasks: Task id -> Task (statements, difficulty, reference sources); None loads each run's suite.
        title: Page title.
    """
    ordered = sorted(runs, key=lambda run: run[0].created)
    notes: list[str] = []
    if tasks is None:
        tasks = _load_suites({m.suite for m, _ in ordered}, notes)
    merged: dict[str, RunResult] = {}
    thresholds: dict[str, float] = {}
    codes: dict[tuple[str, str, str, int], str] = {}
    for manifest, results in ordered:
        merged.update((r.key, r) for r in results)
        threshold = _cv_threshold(manifest)
        thresholds.update((r.key, threshold) for r in results)
        if any(r.kind == "candidate" and r.code is None for r in results):
            codes.update(_sample_codes(manifest, notes))
    results = list(merged.values())
    missing = sorted({r.task_id for r in results} - set(tasks))
    if missing:
        notes.append("tasks not found in the suite (shown without statement or difficulty): "
                     + ", ".join(missing))

    def noisy(result: RunResult) -> bool:
        return result.passed and result.cv is not None and result.cv > thresholds.get(result.key, CV_THRESHOLD)

    shown = _Shown()
    return Report(
        title=title, generated=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        effx_version=__version__, languages=sorted({r.language for r in results}),
        leaderboard=leaderboard(results, tasks, noisy),
        tasks=_task_sections(results, tasks, codes, noisy, shown),
        runs=[_run_section(m, rs) for m, rs in ordered],
        cv_threshold=max((_cv_threshold(m) for m, _ in ordered), default=CV_THRESHOLD), notes=notes)


def _cv_threshold(manifest: RunManifest) -> float:
    return float(manifest.metrics.get("measurement", {}).get("cv_threshold", CV_THRESHOLD))


def utf8_size(text: str) -> int:
    """Bytes of `text` in UTF-8, without encoding it when it is ASCII (the usual case for code)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def cut_code(code: str, limit: int = CODE_LIMIT) -> tuple[str, int | None]:
    """(the first `limit` bytes of `code` on a character boundary, its full size) or (code, None) if it fits.

    Only the head of a long source is copied: the slice taken is at most `limit` characters.
    """
    if len(code) <= limit // 4:  # at most 4 bytes a character: fits whatever it holds
        return code, None
    size = utf8_size(code)
    if size <= limit:
        return code, None
    head = code[:limit]
    if not head.isascii():
        head = head.encode("utf-8", "surrogatepass")[:limit].decode("utf-8", "ignore")
    return head, size


def cut_message(message: str, limit: int = MESSAGE_LIMIT) -> str:
    """`message`, or its first `limit` characters and a note of how much was left out."""
    if len(message) <= limit:
        return message
    return f"{message[:limit]}\n… (cut: {len(message):,} characters in all)"


class _Shown:
    """Cuts each distinct source once: results sharing a code share one string object (and one cut)."""

    def __init__(self) -> None:
        self._cut: dict[int, tuple[str, tuple[str, int | None]]] = {}

    def __call__(self, code: str | None) -> tuple[str | None, int | None]:
        if code is None:
            return None, None
        kept = self._cut.get(id(code))
        if kept is None or kept[0] is not code:
            kept = (code, cut_code(code))
            self._cut[id(code)] = kept
        return kept[1]


def _load_suites(names: set[str], notes: list[str]) -> dict[str, Task]:
    from effx.registry import UnknownNameError, get_suite_loader

    tasks: dict[str, Task] = {}
    for name in sorted(names):
        try:
            tasks.update(get_suite_loader(name)(with_cases=False).tasks)
        except (UnknownNameError, OSError, ValueError) as exc:
            notes.append(f"suite {name!r} could not be loaded ({exc}); task details are missing")
    return tasks


def _sample_codes(manifest: RunManifest, notes: list[str]) -> dict[tuple[str, str, str, int], str]:
    if not manifest.samples_file:
        return {}
    from effx.orchestrate.samples import SamplesError, read_samples

    try:
        samples = read_samples(Path(manifest.samples_file))
    except SamplesError as exc:
        notes.append(f"run {manifest.run_id}: solution sources unavailable: {exc}")
        return {}
    return {(s.model, s.task_id, s.language, s.sample_id or 0): s.solution for s in samples}


def _mb(kb: int | None) -> float | None:
    return None if kb is None else kb / 1024


def _task_sections(results: list[RunResult], tasks: Mapping[str, Task],
                   codes: Mapping[tuple[str, str, str, int], str], noisy: Callable[[RunResult], bool],
                   shown: Callable[[str | None], tuple[str | None, int | None]]) -> list[TaskSection]:
    refs = reference_costs(results)
    by_task: dict[str, list[RunResult]] = {}
    for r in results:
        by_task.setdefault(r.task_id, []).append(r)
    order = [t for t in tasks if t in by_task] + sorted(t for t in by_task if t not in tasks)
    sections = []
    for task_id in order:
        task = tasks.get(task_id)
        sources = {(ref.language, ref.name): ref for ref in task.references} if task else {}
        section = TaskSection(id=task_id, title=task.title if task else task_id,
                              difficulty=task.difficulty if task else "unknown",
                              statement=task.statement if task else "", tags=task.tags if task else [])
        task_results = sorted(by_task[task_id],
                              key=lambda r: (r.kind != "reference", r.model, r.language, r.sample_id))
        for r in task_results:
            if r.kind == "reference":
                source = sources.get((r.language, r.reference_name))
                code, size = shown(r.code if r.code is not None else source.code if source else None)
                section.references.append(ReferenceEntry(
                    name=r.reference_name or f"#{r.sample_id}", language=r.language, status=r.status.value,
                    runtime_ms=r.runtime_ms, peak_mb=_mb(r.peak_rss_kb), cv=r.cv, noisy=noisy(r),
                    complexity=source.complexity if source else "", code=code, code_bytes=size))
            else:
                code, size = shown(r.code if r.code is not None
                                   else codes.get((r.model, task_id, r.language, r.sample_id)))
                section.solutions.append(SolutionEntry(
                    model=r.model, language=r.language, sample_id=r.sample_id, status=r.status.value,
                    message=cut_message(r.message), judge=r.judge, runtime_ms=r.runtime_ms, cv=r.cv,
                    noisy=noisy(r), peak_mb=_mb(r.peak_rss_kb), mem_integral_mb_s=r.mem_integral_mb_s,
                    beyond=sample_beyond(r, refs.get((task_id, r.language), [])), code=code, code_bytes=size))
        for language in sorted({lang for t, lang in refs if t == task_id}):
            section.charts.append(RuntimeChart(
                language=language,
                references={r.reference_name or f"#{r.sample_id}": r.runtime_ms or 0.0
                            for r in refs[(task_id, language)]},
                solutions={f"{s.model} #{s.sample_id}": s.runtime_ms or 0.0 for s in section.solutions
                           if s.language == language and s.status == "ok" and s.runtime_ms is not None}))
        sections.append(section)
    return sections


def _run_section(manifest: RunManifest, results: list[RunResult]) -> RunSection:
    cvs = [r.cv for r in results if r.passed and r.cv is not None]
    threshold = _cv_threshold(manifest)
    return RunSection(
        run_id=manifest.run_id, created=manifest.created, suite=manifest.suite, languages=manifest.languages,
        sandbox=manifest.sandbox, metric=manifest.metric, repeat=manifest.repeat, status=manifest.status,
        machine={k: str(v) for k, v in manifest.machine.items()}, toolchains=manifest.toolchains,
        warnings=manifest.warnings,
        status_counts=dict(Counter(r.status.value for r in results).most_common()),
        median_cv=statistics.median(cvs) if cvs else None, max_cv=max(cvs) if cvs else None,
        noisy=sum(cv > threshold for cv in cvs), cv_threshold=threshold,
        failures=[Failure(task_id=r.task_id, model=r.model, language=r.language, sample_id=r.sample_id,
                          status=r.status.value, message=cut_message(r.message), judge=r.judge)
                  for r in results if not r.passed])
