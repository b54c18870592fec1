"""The `--metric` of a run: what `runtime_ms` is derived from and which RunResult field scores it.

* `time` (default): wall-clock time inside the solution calls, measured by the driver.
* `cpu`: CPU time of the calling thread inside the same calls (`cpu_times_ns` from the driver; see
  `effx.measure.verdict` for why thread, not process, time), so start-up stays out
  and a neighbour that preempts the program adds wall time but not CPU time. Needs a driver that
  reports it.
* `instructions`: instructions executed by the solution calls, counted with valgrind (see
  `effx.measure.instructions`); exact, so one count replaces the repetitions. `runtime_ms` stays the timed
  runtime; scoring uses `instructions`.
"""

from __future__ import annotations

from effx.measure.verdict import Metric

__all__ = ["CPU_TIME_LANGUAGES", "METRICS", "MetricError", "check_metric", "score_measure"]

METRICS: tuple[Metric, ...] = ("time", "cpu", "instructions")
CPU_TIME_LANGUAGES = frozenset({"c", "cpp", "rust", "python"})
"""Languages whose drivers report per-call CPU time (`cpu_times_ns`)."""


class MetricError(ValueError):
    """A metric that cannot be used for a run as configured; the message says what to change."""


def score_measure(metric: str) -> str:
    """The RunResult field that scores (Beyond, ratios, ...) use under `metric`."""
    return "instructions" if metric == "instructions" else "runtime_ms"


def check_metric(metric: str, languages: list[str] | tuple[str, ...] | set[str]) -> None:
    """Refuse a metric that is unknown or unavailable for one of `languages`, before anything runs.

    Raises:
        MetricError: naming the metric or languages and what to do instead.
    """
    if metric not in METRICS:
        raise MetricError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    if metric == "cpu":
        missing = sorted(lang for lang in languages if lang not in CPU_TIME_LANGUAGES
                         and not _plugin_flag(lang, "reports_cpu_time"))
        if missing:
            raise MetricError(f"--metric cpu needs per-call CPU times from the driver, which "
                              f"{', '.join(missing)} does not report (supported: "
                              f"{', '.join(sorted(CPU_TIME_LANGUAGES))}); use --metric time for it")
    if metric == "instructions":
        from effx.measure.instructions import InstructionCountError, check_languages

        try:
            check_languages(languages)
        except InstructionCountError as exc:
            raise MetricError(str(exc)) from None


def _plugin_flag(language: str, name: str) -> bool:
    from effx.registry import get_language

    try:
        return bool(getattr(get_language(language), name, False))
    except Exception:  # unknown languages are reported by the run's own checks
        return False
