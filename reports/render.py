"""Rendering a `Report` to one self-contained HTML file with jinja2.

Autoescaping is on for every template, so statements, solution code, messages and model names always
arrive as text; the only markup inserted unescaped is effx's own (the stylesheet, the script and the
matplotlib SVGs, whose text matplotlib itself escapes). Nothing is loaded from the network.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from effx.reports.charts import runtime_chart_svg, strip_size
from effx.reports.model import Report, RuntimeChart

TEMPLATES = "templates"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("effx.reports", TEMPLATES),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["num"] = _num
    env.filters["pct"] = lambda v: "–" if v is None else f"{100 * v:.1f}%"
    env.filters["anchor"] = _anchor
    env.globals["beyond_colour"] = beyond_colour
    return env


def _asset(name: str) -> Markup:
    return Markup(resources.files("effx.reports").joinpath(TEMPLATES, name).read_text())


def _num(value: float | None, digits: int = 3) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}g}" if abs(value) < 10 ** digits else f"{value:,.0f}"


def _anchor(text: str) -> str:
    """A safe fragment id: letters, digits, `-` and `_`, everything else as `-`."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text)


def beyond_colour(value: float | None) -> str:
    """Background of a Beyond cell: red (0) through amber to green (1); grey when undefined."""
    if value is None:
        return "transparent"
    hue = round(120 * max(0.0, min(1.0, value)))
    return f"hsl({hue} 65% 86%)"


def chart_svg(chart: RuntimeChart, task_id: str) -> Markup:
    """Inline SVG of one task's runtime chart (matplotlib escapes every label itself)."""
    return Markup(strip_size(runtime_chart_svg(chart, salt=f"{task_id}/{chart.language}")))


def render_html(report: Report) -> str:
    """The whole report as one HTML document."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, css=_asset("report.css"), js=_asset("report.js"),
                           chart_svg=chart_svg)


def write_report(report: Report, path: Path, *, with_json: bool = False) -> Path:
    """Write the HTML (and, with `with_json`, the report model as `<path>.json`) and return the HTML path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    if with_json:
        path.with_suffix(".json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return path
