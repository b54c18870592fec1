"""Inline SVG charts of the judge's pages: Dynamic Points over time, and a problem's runtime distribution.

Every text drawn is escaped; the charts need no script and load nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timezone

from markupsafe import Markup, escape

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _frame(width: int, height: int, label: str, body: list[str]) -> Markup:
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
                  f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">' + "".join(body) + "</svg>")


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%m-%d %H:%M")


def points_history_svg(series: dict[str, list[tuple[float, float]]], *, top: int = 8) -> Markup:
    """A line per model (the `top` with the most points now): Dynamic Points against verdict time."""
    width, height, left, right, pad = 640, 220, 44, 150, 20
    chosen = sorted(series, key=lambda m: -series[m][-1][1])[:top]
    if not chosen:
        return _frame(width, 40, "no accepted submission yet",
                      ['<text x="4" y="24">No accepted submission yet.</text>'])
    t0 = min(series[m][0][0] for m in chosen)
    t1 = max(series[m][-1][0] for m in chosen)
    ymax = max(v for m in chosen for _, v in series[m]) or 1.0
    span = (t1 - t0) or 1.0

    def x(t: float) -> float:
        return left + (t - t0) / span * (width - left - right)

    def y(v: float) -> float:
        return height - pad - v / ymax * (height - 2 * pad)

    body = [f'<line x1="{left}" y1="{height - pad}" x2="{width - right}" y2="{height - pad}" stroke="#888"/>',
            f'<line x1="{left}" y1="{pad}" x2="{left}" y2="{height - pad}" stroke="#888"/>',
            f'<text x="{left - 4}" y="{pad + 4}" text-anchor="end" font-size="11">{ymax:.1f}</text>',
            f'<text x="{left - 4}" y="{height - pad}" text-anchor="end" font-size="11">0</text>',
            f'<text x="{left}" y="{height - 4}" font-size="11">{_stamp(t0)}</text>',
            f'<text x="{width - right}" y="{height - 4}" text-anchor="end" font-size="11">{_stamp(t1)}</text>']
    for index, model in enumerate(chosen):
        colour = PALETTE[index % len(PALETTE)]
        steps: list[str] = []
        previous = None
        for t, v in series[model]:
            if previous is not None:
                steps.append(f"{x(t):.1f},{y(previous):.1f}")
            steps.append(f"{x(t):.1f},{y(v):.1f}")
            previous = v
        steps.append(f"{x(t1):.1f},{y(previous or 0):.1f}")
        body.append(f'<polyline class="series" data-model="{escape(model)}" fill="none" stroke="{colour}" '
                    f'stroke-width="2" points="{" ".join(steps)}"/>')
        body.append(f'<text x="{width - right + 8}" y="{pad + 14 * index + 4}" fill="{colour}" font-size="12">'
                    f'{escape(model[:20])} {series[model][-1][1]:.1f}</text>')
    return _frame(width, height, "Dynamic Points of each model over time", body)


def runtime_distribution_svg(runtimes: list[float], *, mine: float | None = None, references: Sequence[float] = (),
                             bins: int = 24) -> Markup:
    """A histogram of accepted runtimes (log scale when they span a decade), the viewer's runtime marked."""
    width, height, pad = 640, 180, 24
    if not runtimes:
        return _frame(width, 40, "no accepted runtime yet", ['<text x="4" y="24">No accepted runtime yet.</text>'])
    lo, hi = min(runtimes), max(runtimes)
    if mine is not None:
        lo, hi = min(lo, mine), max(hi, mine)
    log = lo > 0 and hi / lo > 10
    f = math.log10 if log else (lambda v: v)
    a, b = f(lo), f(hi)
    span = (b - a) or 1.0

    def x(v: float) -> float:
        return pad + (f(v) - a) / span * (width - 2 * pad)

    counts = [0] * bins
    for value in runtimes:
        counts[min(bins - 1, int((f(value) - a) / span * bins))] += 1
    top = max(counts)
    bar = (width - 2 * pad) / bins
    body = [f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#888"/>',
            f'<text x="{pad}" y="{height - 6}" font-size="11">{lo:.3g} ms</text>',
            f'<text x="{width - pad}" y="{height - 6}" text-anchor="end" font-size="11">{hi:.3g} ms'
            f'{" (log scale)" if log else ""}</text>']
    for index, count in enumerate(counts):
        if count:
            h = count / top * (height - 2 * pad - 16)
            body.append(f'<rect class="bin" x="{pad + index * bar + 1:.1f}" y="{height - pad - h:.1f}" '
                        f'width="{bar - 2:.1f}" height="{h:.1f}" fill="#9ecae1"><title>{count}</title></rect>')
    for value in references:
        body.append(f'<line class="reference" x1="{x(value):.1f}" y1="{pad}" x2="{x(value):.1f}" y2="{height - pad}" '
                    f'stroke="#555" stroke-dasharray="3,3"><title>reference {value:.3g} ms</title></line>')
    if mine is not None:
        body.append(f'<line class="mine" x1="{x(mine):.1f}" y1="{pad - 8}" x2="{x(mine):.1f}" y2="{height - pad}" '
                    f'stroke="#d62728" stroke-width="3"/>')
        body.append(f'<text x="{x(mine):.1f}" y="{pad - 10}" text-anchor="middle" fill="#d62728" font-size="12">'
                    f'yours: {mine:.3g} ms</text>')
    return _frame(width, height, f"runtimes of {len(runtimes)} accepted submissions and references", body)
