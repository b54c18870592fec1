"""The report's charts, drawn as inline SVG by this module (no plotting library, no ids, no network).

Two charts:

- `runtime_chart_svg`: a task's runtime distribution in one language. Every reference is a grey bar
  (S1 fastest ... SN slowest) and every passing sample a coloured bar below them, with a dashed line at
  its runtime through the references' bars: the picture behind Beyond, where a sample falls between
  the fastest and the slowest human solution.
- `leaderboard_chart_svg`: Pass@1 and Beyond@1 of every leaderboard row with their confidence
  intervals as whiskers.

Layout rule that keeps labels apart: every text sits in a slot of its own. Each bar has its own row
(height above the font size); a row's name is in the left margin, right-aligned; its value follows the
bar's end and the scale leaves room for the widest value right of the longest bar (or, in the
leaderboard chart, values sit in a column of their own); axis tick labels are spaced by at least the
widest one. Names too long for the margin are shortened, the full name kept in a `<title>`. The SVGs
carry no `id` attributes, so any number of them can share a page, and the output is deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from html import escape

from effx.reports.formats import magnitude, ms, pct
from effx.reports.model import Interval, LeaderboardRow, RuntimeChart

REFERENCE_COLOUR = "#7b8794"
SAMPLE_COLOURS = ["#c23d00", "#1864ab", "#237032", "#862e9c", "#a35200", "#0b7285", "#a61e4d", "#4a730a"]
"""Dark enough for text on white (contrast 4.5:1 and more), since sample names are drawn in them."""
PASS_COLOUR = "#1864ab"
BEYOND_COLOUR = "#c23d00"
INK = "#1f2933"
MUTED = "#52606d"

FONT = 11
"""Font size (px) of every text in the charts."""
CHAR = 7.0
"""Width (px) allowed per character at `FONT`: above the average of a sans-serif face, so estimates err wide."""
ROW = 20
"""Height (px) of one bar's row."""
WIDTH = 760
"""viewBox width; the page scales the SVG to its column."""
MAX_LABEL = 36
"""Characters of a row name kept before it is shortened."""


def _text_width(text: str) -> float:
    return len(text) * CHAR


def _short(name: str, limit: int = MAX_LABEL) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = INK, weight: str = "normal",
          full: str | None = None, halo: bool = False) -> str:
    """One text element; `full` adds a tooltip when the text shown is a shortened form."""
    extra = ' paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"' if halo else ""
    weight_attr = f' font-weight="{weight}"' if weight != "normal" else ""
    tip = f"<title>{escape(full)}</title>" if full and full != text else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{weight_attr}{extra} '
            f'dominant-baseline="central">{tip}{escape(text)}</text>')


def nice_ticks(high: float, span_px: float, label: Callable[[float], str]) -> list[float]:
    """Round tick values from 0 to `high` spaced so that no two labels (at `CHAR` a character) touch."""
    if high <= 0:
        return [0.0]
    for exponent in range(math.floor(math.log10(high)) - 2, math.floor(math.log10(high)) + 2):
        for mantissa in (1, 2, 5):
            step = mantissa * 10.0 ** exponent
            ticks = [i * step for i in range(int(high / step + 1e-9) + 1)]
            widest = max(_text_width(label(t)) for t in ticks)
            if len(ticks) == 1 or step / high * span_px >= widest + 12:
                return ticks
    return [0.0, high]


def _svg(height: float, label: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
            f'aria-label="{escape(label)}" font-family="system-ui, sans-serif" font-size="{FONT}">'
            f"<title>{escape(label)}</title>{''.join(body)}</svg>")


def runtime_chart_svg(chart: RuntimeChart, task_title: str = "") -> str:
    """The runtime distribution of one task in one language as an `<svg>` element."""
    refs = sorted(chart.references.items(), key=lambda item: (item[1], item[0]))
    samples = sorted(chart.solutions.items(), key=lambda item: (item[1], item[0]))
    names = [f"S{i} {name}" for i, (name, _) in enumerate(refs, start=1)] + [name for name, _ in samples]
    values = [v for _, v in refs] + [v for _, v in samples]
    shown = [_short(n) for n in names]
    left = max(80.0, min(MAX_LABEL * CHAR, max((_text_width(s) for s in shown), default=0.0)) + 16)
    value_room = max((_text_width(ms(v)) for v in values), default=0.0) + 10
    right = WIDTH - 12
    high = max([*values, 1e-9])
    span = right - value_room - left

    def x(v: float) -> float:
        return left + max(0.0, v) / high * span

    top = 10.0
    gap = ROW / 2 if samples else 0.0
    rows_y = [top + i * ROW + (gap if i >= len(refs) else 0.0) for i in range(len(values))]
    axis_y = top + len(values) * ROW + gap + 4
    ticks = nice_ticks(high, span, magnitude)
    height = axis_y + 44
    body: list[str] = []
    for t in ticks:  # grid first, so bars and text draw over it
        body.append(f'<line x1="{x(t):.1f}" y1="{top:.1f}" x2="{x(t):.1f}" y2="{axis_y:.1f}" stroke="#e4e7eb"/>')
    for i, (name, label, value, y) in enumerate(zip(names, shown, values, rows_y, strict=True)):
        is_ref = i < len(refs)
        colour = REFERENCE_COLOUR if is_ref else SAMPLE_COLOURS[(i - len(refs)) % len(SAMPLE_COLOURS)]
        bar_h = ROW * (0.6 if is_ref else 0.45)
        body.append(f'<rect x="{left:.1f}" y="{y + (ROW - bar_h) / 2:.1f}" width="{x(value) - left:.1f}" '
                    f'height="{bar_h:.1f}" fill="{colour}"><title>{escape(f"{name}: {ms(value)}")}</title></rect>')
        body.append(_text(left - 6, y + ROW / 2, label, anchor="end", fill=INK if is_ref else colour,
                          weight="normal" if is_ref else "bold", full=name))
    for i, value in enumerate(v for _, v in samples):
        colour = SAMPLE_COLOURS[i % len(SAMPLE_COLOURS)]
        body.append(f'<line x1="{x(value):.1f}" y1="{top:.1f}" x2="{x(value):.1f}" '
                    f'y2="{rows_y[len(refs) + i]:.1f}" stroke="{colour}" stroke-width="1.5" '
                    f'stroke-dasharray="5 3"/>')
    for i, (value, y) in enumerate(zip(values, rows_y, strict=True)):
        fill = MUTED if i < len(refs) else SAMPLE_COLOURS[(i - len(refs)) % len(SAMPLE_COLOURS)]
        body.append(_text(x(value) + 4, y + ROW / 2, ms(value), fill=fill, halo=True))
    body.append(f'<line x1="{left:.1f}" y1="{axis_y:.1f}" x2="{right - value_room:.1f}" y2="{axis_y:.1f}" '
                f'stroke="{MUTED}"/>')
    for t in ticks:
        body.append(f'<line x1="{x(t):.1f}" y1="{axis_y:.1f}" x2="{x(t):.1f}" y2="{axis_y + 4:.1f}" '
                    f'stroke="{MUTED}"/>')
        body.append(_text(x(t), axis_y + 13, magnitude(t), anchor="middle", fill=MUTED))
    body.append(_text(left + span / 2, axis_y + 32, f"runtime (ms), {chart.language}", anchor="middle",
                      fill=MUTED))
    what = f"{task_title}: " if task_title else ""
    return _svg(height, f"{what}runtime of {len(refs)} {chart.language} references (grey) and "
                        f"{len(samples)} passing samples (coloured)", body)


def row_name(row: LeaderboardRow, languages: int) -> str:
    """A leaderboard row's name in charts: the model, and its language when there are several."""
    return f"{row.model} · {row.language}" if languages > 1 else row.model


def leaderboard_chart_svg(rows: Sequence[LeaderboardRow], languages: int = 1, scope: str = "all") -> str:
    """Pass@1 and Beyond@1 per row (in the given order) with their confidence intervals as whiskers."""
    names = [row_name(r, languages) for r in rows]
    shown = [_short(n) for n in names]
    left = max(80.0, min(MAX_LABEL * CHAR, max((_text_width(s) for s in shown), default=0.0)) + 16)

    def cell(metric: str, value: float | None, ci: Interval | None) -> str:
        if value is None:
            return f"{metric} – (no references)"
        return f"{metric} {pct(value)}" + (f" ({pct(ci.low)}–{pct(ci.high)})" if ci is not None else "")

    pairs = [(cell("Pass@1", r.pass_at_1, r.pass_ci), cell("Beyond@1", r.beyond_at_1, r.beyond_ci))
             for r in rows]
    value_room = max([_text_width(t) for pair in pairs for t in pair], default=0.0) + 16
    right = WIDTH - 12 - value_room
    span = right - left

    def x(v: float) -> float:
        return left + max(0.0, min(1.0, v)) * span

    legend_y = 12.0
    top = 30.0
    group = 2 * ROW * 0.75 + 8
    axis_y = top + len(rows) * group + 4
    body: list[str] = []
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        body.append(f'<line x1="{x(t):.1f}" y1="{top:.1f}" x2="{x(t):.1f}" y2="{axis_y:.1f}" stroke="#e4e7eb"/>')
    legend_x = 8.0
    for label, colour in (("Pass@1", PASS_COLOUR), ("Beyond@1", BEYOND_COLOUR)):
        body.append(f'<rect x="{legend_x:.1f}" y="{legend_y - 5:.1f}" width="14" height="10" fill="{colour}"/>')
        body.append(_text(legend_x + 18, legend_y, label))
        legend_x += 18 + _text_width(label) + 18
    body.append(f'<line x1="{legend_x:.1f}" y1="{legend_y:.1f}" x2="{legend_x + 16:.1f}" y2="{legend_y:.1f}" '
                f'stroke="{INK}" stroke-width="1.5"/>')
    body.append(_text(legend_x + 22, legend_y, "95% confidence interval over tasks", fill=MUTED))
    for i, (row, name, label, texts) in enumerate(zip(rows, names, shown, pairs, strict=True)):
        y0 = top + i * group
        body.append(_text(left - 6, y0 + group / 2 - 4, label, anchor="end", weight="bold", full=name))
        bars = ((row.pass_at_1, row.pass_ci, PASS_COLOUR, "Pass@1"),
                (row.beyond_at_1, row.beyond_ci, BEYOND_COLOUR, "Beyond@1"))
        for j, ((value, ci, colour, metric), text) in enumerate(zip(bars, texts, strict=True)):
            y = y0 + j * ROW * 0.75
            h = ROW * 0.75 - 4
            if value is not None:
                body.append(f'<rect x="{left:.1f}" y="{y + 2:.1f}" width="{x(value) - left:.1f}" height="{h:.1f}" '
                            f'fill="{colour}" fill-opacity="0.8"><title>{escape(f"{name} {metric}: {text}")}'
                            f"</title></rect>")
            if ci is not None:
                mid = y + 2 + h / 2
                body.append(f'<path d="M{x(ci.low):.1f} {mid - 4:.1f}v8M{x(ci.low):.1f} {mid:.1f}'
                            f'H{x(ci.high):.1f}M{x(ci.high):.1f} {mid - 4:.1f}v8" stroke="{INK}" '
                            f'stroke-width="1.5" fill="none"/>')
            body.append(_text(right + 8, y + 2 + h / 2, text, fill=colour))
    body.append(f'<line x1="{left:.1f}" y1="{axis_y:.1f}" x2="{right:.1f}" y2="{axis_y:.1f}" stroke="{MUTED}"/>')
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        body.append(f'<line x1="{x(t):.1f}" y1="{axis_y:.1f}" x2="{x(t):.1f}" y2="{axis_y + 4:.1f}" '
                    f'stroke="{MUTED}"/>')
        body.append(_text(x(t), axis_y + 13, f"{100 * t:.0f}%", anchor="middle", fill=MUTED))
    tasks = "all tasks" if scope == "all" else f"{scope} tasks"
    return _svg(axis_y + 26, f"Pass@1 and Beyond@1 with 95% confidence intervals per model, {tasks}", body)
