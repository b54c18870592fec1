"""The tables `effx repo run` and `effx repo report` print: one row per workload, then the run's metrics.

Every number shown is read from the results (`InstanceResult`), so a run's table and the table of its
re-scored report are the same rendering of the same model.
"""

from __future__ import annotations

from rich.table import Table

from effx.repos.models import InstanceResult, InstanceStatus, RepoSummary, WorkloadResult

_ERROR_CHARS = 70
"""The error column shows this much of the reason; the instance's report.json has all of it."""


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def _speedup(wl: WorkloadResult) -> str:
    if wl.speedup is None:
        return "-"
    ci = f" [{wl.speedup_ci[0]:.2f}, {wl.speedup_ci[1]:.2f}]" if wl.speedup_ci else ""
    return f"x{wl.speedup:.2f}{ci}"


def _cpu(wl: WorkloadResult) -> str:
    if wl.base_usage is None and wl.patched_usage is None:
        return "-"
    cpu = [None if u is None or u.cpu_median is None else _duration(u.cpu_median)
           for u in (wl.base_usage, wl.patched_usage)]
    return " → ".join(c or "-" for c in cpu)


def workload_table(results: list[InstanceResult], title: str = "Workloads") -> Table:
    """Per instance and workload: status, medians, speedup with its interval, gain, CPU and peak memory.

    Times are medians of the IQR-filtered runs; CPU (user + system) and peak resident memory are
    medians over the runs, base → patched, shown for command workloads timed with hyperfine 2.x.
    """
    table = Table(title=title)
    for name in ("instance", "status", "workload"):  # names may fold; numbers never do
        table.add_column(name, overflow="fold")
    for name in ("kind", "base", "patched", "speedup [95% CI]", "gain", "CPU", "peak RSS"):
        table.add_column(name, no_wrap=True)
    for res in results:
        status = res.status.value
        for i, wl in enumerate(res.workloads):
            table.add_row(
                res.instance_id if i == 0 else "", status if i == 0 else "", wl.name, wl.kind,
                _duration(wl.base_median), _duration(wl.patched_median), _speedup(wl),
                "-" if wl.gain is None else f"{wl.gain:.3f}", _cpu(wl), _memory(wl))
        if not res.workloads:
            table.add_row(res.instance_id, status, "-", "", "", "", "", "", "", "")
    return table


def _memory(wl: WorkloadResult) -> str:
    values = [None if u is None else u.peak_rss_median for u in (wl.base_usage, wl.patched_usage)]
    if all(v is None for v in values):
        return "-"
    if None in values:
        return " → ".join("-" if v is None else f"{v / 2**20:.1f} MiB" for v in values)
    return " → ".join(f"{v / 2**20:.1f}" for v in values if v is not None) + " MiB"


def instance_gains(results: list[InstanceResult]) -> Table:
    """Per instance: how the patch applied, correct, instance gain and the reason for a non-ok status."""
    table = Table(title="Instances")
    for name in ("instance", "model"):
        table.add_column(name, overflow="fold")
    for name in ("applied", "correct", "gain"):
        table.add_column(name, no_wrap=True)
    table.add_column("error")
    for res in results:
        error = " ".join(res.error.split())[:_ERROR_CHARS] if res.error else ""
        tried = res.attempted or res.status == InstanceStatus.apply_failed
        applied = res.apply_method or ("no" if tried else "not tried")
        table.add_row(res.instance_id, res.model_name_or_path or "-", applied,
                      "yes" if res.correct else "no", f"{res.gain:.3f}", error)
    return table


def summary_line(summary: RepoSummary) -> str:
    """SWE-Perf's three metrics on one line, with N and the status counts."""
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items()))
    return (f"Apply {summary.apply:.1%}  Correctness {summary.correctness:.1%}  "
            f"Performance {summary.performance:.2%}  (N={summary.n}: {counts})")
