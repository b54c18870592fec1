"""Runtime-distribution charts drawn with matplotlib as inline SVG.

Each chart shows a task's references as sorted bars (S_1 fastest ... S_N slowest) and every passing
sample as a labelled line at its runtime, which is the picture behind Beyond: where a solution falls
between the fastest and the slowest human solution. Text stays text (`svg.fonttype = none`) so the
page's fonts apply and the SVG stays small; ids are salted per chart so several inline SVGs can share
one page, and the output is deterministic (no date metadata), so reports diff cleanly.
"""

from __future__ import annotations

import io
import re
from functools import cache
from typing import Any

from effx.reports.model import RuntimeChart

REFERENCE_COLOUR = "#9aa5b1"
SAMPLE_COLOURS = ["#d9480f", "#1971c2", "#2b8a3e", "#9c36b5", "#e67700", "#0b7285", "#c2255c", "#5c940d"]


@cache
def _pyplot() -> Any:
    """Import matplotlib once with the Agg backend (no display); its font cache is built on first use."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "font.size": 9, "axes.spines.top": False,
                         "axes.spines.right": False, "font.family": "sans-serif",
                         # Model and reference names are data, never TeX: `$` must print as `$`.
                         "text.parse_math": False})
    return plt


def _ms(value: float) -> str:
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.3g} ms"


def runtime_chart_svg(chart: RuntimeChart, salt: str) -> str:
    """The chart as an `<svg>` element (no XML prolog), ready to inline in HTML."""
    plt = _pyplot()
    refs = sorted(chart.references.items(), key=lambda item: item[1])
    height = 0.9 + 0.28 * max(len(refs), 2)
    fig, ax = plt.subplots(figsize=(7.2, height))
    try:
        labels = [f"S{i} {name}" for i, (name, _) in enumerate(refs, start=1)]
        values = [v for _, v in refs]
        ax.barh(range(len(refs)), values, color=REFERENCE_COLOUR, height=0.6)
        ax.set_yticks(range(len(refs)), labels)
        ax.invert_yaxis()
        for y, v in enumerate(values):
            ax.text(v, y, f" {_ms(v)}", va="center", fontsize=8, color="#52606d")
        for i, (label, runtime) in enumerate(sorted(chart.solutions.items(), key=lambda item: item[1])):
            colour = SAMPLE_COLOURS[i % len(SAMPLE_COLOURS)]
            ax.axvline(runtime, color=colour, linewidth=1.6, linestyle="--")
            ax.annotate(f"{label}: {_ms(runtime)}", xy=(runtime, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(3, -2 - 11 * i), textcoords="offset points", fontsize=8, color=colour,
                        va="top")
        ax.set_xlabel(f"runtime (ms), {chart.language}")
        ax.set_xlim(left=0, right=max([*values, *chart.solutions.values(), 1e-9]) * 1.25)
        fig.tight_layout()
        buffer = io.StringIO()
        with plt.rc_context({"svg.hashsalt": salt}):
            fig.savefig(buffer, format="svg", metadata={"Date": None})
    finally:
        plt.close(fig)
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):] if "<svg" in svg else svg


def strip_size(svg: str) -> str:
    """Drop the fixed width/height so CSS can size the chart (the viewBox keeps its proportions)."""
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
