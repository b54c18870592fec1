"""Rendering a `Report` to one self-contained HTML file with jinja2.

Autoescaping is on for every template, so solution code, messages and model names always arrive as
text; the only markup inserted unescaped is effx's own: the stylesheet, the script, the SVG charts
(`effx.reports.charts` escapes every text it draws) and task statements rendered from Markdown by
markdown-it-py with raw HTML disabled (so any HTML in a statement shows as text), images off (nothing
is loaded from the network) and links kept only when they are http(s). The leaderboard's CSV and JSON
downloads are data: URLs built here, so the page stays one file that works offline.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from effx.reports import formats
from effx.reports.charts import leaderboard_chart_svg, runtime_chart_svg
from effx.reports.model import LeaderboardRow, Report, RuntimeChart
from effx.reports.scores import SCOPES

TEMPLATES = "templates"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("effx.reports", TEMPLATES),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["num"] = formats.magnitude
    env.filters["pct"] = formats.pct
    env.filters["ratio"] = formats.ratio
    env.filters["points"] = formats.points
    env.filters["anchor"] = _anchor
    env.filters["markdown"] = markdown_html
    env.filters["value"] = lambda v: "" if v is None else v
    env.globals["beyond_colour"] = beyond_colour
    return env


SAFE_SCHEMES = ("http://", "https://")


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # an image would be fetched from the network (or be a data: URL)
    md.validateLink = _safe_link  # type: ignore[method-assign]

    def link_open(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        tokens[idx].attrSet("rel", "noopener noreferrer nofollow")
        return str(renderer.renderToken(tokens, idx, options, env))

    md.add_render_rule("link_open", link_open)
    return md


def markdown_html(text: str) -> Markup:
    """A Markdown statement as HTML: CommonMark with raw HTML shown as text, no images, http(s) links only.

    A link with another scheme (javascript:, data:, file:, a relative path) is not made a link: its
    Markdown stays as text. Headings move down a level so they sit below the task page's h1.
    """
    html = _markdown().render(text)
    for level in (5, 4, 3, 2, 1):
        html = html.replace(f"<h{level}>", f"<h{level + 1}>").replace(f"</h{level}>", f"</h{level + 1}>")
    return Markup(html)


def _asset(name: str) -> Markup:
    return Markup(resources.files("effx.reports").joinpath(TEMPLATES, name).read_text())


def _anchor(text: str) -> str:
    """A safe fragment id: letters, digits, `-` and `_`, everything else as `-`."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text)


def beyond_colour(value: float | None) -> str:
    """Background of a Beyond cell: red (0) through amber to green (1); grey when undefined."""
    if value is None:
        return "transparent"
    hue = round(120 * max(0.0, min(1.0, value)))
    return f"hsl({hue} 65% 86%)"


def chart_svg(chart: RuntimeChart, task_title: str) -> Markup:
    """Inline SVG of one task's runtime chart (`effx.reports.charts` escapes every text itself)."""
    return Markup(runtime_chart_svg(chart, task_title))


def leaderboard_charts(report: Report) -> list[tuple[str, Markup]]:
    """(scope, SVG) of the Pass@1 / Beyond@1 chart of each scope that has rows, rows in rank order."""
    out = []
    for scope in SCOPES:
        rows = [r for r in report.leaderboard if r.scope == scope]
        if rows:
            out.append((scope, Markup(leaderboard_chart_svg(rows, len(report.languages), scope))))
    return out


CSV_COLUMNS = ("rank", "model", "language", "scope", "tasks", "samples", "pass_at_1", "pass_ci_low",
               "pass_ci_high", "beyond_at_1", "beyond_ci_low", "beyond_ci_high", "median_ratio", "et", "mp",
               "mi", "net", "time_pct", "dps", "dps_norm", "dynamic_points", "median_peak_mb",
               "sandbox_errors", "measured", "noisy")
"""Columns of the CSV download: raw numbers (shares in [0, 1]), empty when undefined."""


def _flat(row: LeaderboardRow) -> dict[str, object]:
    data = row.model_dump(exclude={"pass_ci", "beyond_ci"})
    for name, ci in (("pass_ci", row.pass_ci), ("beyond_ci", row.beyond_ci)):
        data[f"{name}_low"], data[f"{name}_high"] = (ci.low, ci.high) if ci else (None, None)
    return data


def leaderboard_csv(rows: list[LeaderboardRow]) -> str:
    """The leaderboard as CSV, one line per row of every scope."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in _flat(row).items()})
    return out.getvalue()


def leaderboard_json(report: Report) -> str:
    """The leaderboard as JSON: the rows of the report model, with the report's title and date."""
    return json.dumps({"title": report.title, "generated": report.generated,
                       "effx_version": report.effx_version, "cv_threshold": report.cv_threshold,
                       "leaderboard": [r.model_dump(mode="json") for r in report.leaderboard]}, indent=1)


def data_url(text: str, mime: str) -> str:
    """`text` as a percent-encoded data: URL (works offline, no script needed to download it)."""
    return f"data:{mime};charset=utf-8,{quote(text, safe='')}"


def render_html(report: Report) -> str:
    """The whole report as one HTML document."""
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report, css=_asset("report.css"), js=_asset("report.js"), chart_svg=chart_svg,
        leaderboard_charts=leaderboard_charts(report),
        csv_url=data_url(leaderboard_csv(report.leaderboard), "text/csv"),
        json_url=data_url(leaderboard_json(report), "application/json"))


def write_report(report: Report, path: Path, *, with_json: bool = False) -> Path:
    """Write the HTML (and, with `with_json`, the report model as `<path>.json`) and return the HTML path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    if with_json:
        path.with_suffix(".json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return path
