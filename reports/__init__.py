"""effx.reports: results -> one self-contained HTML report (leaderboard, task pages, run pages).

`build_report` turns runs into a pydantic `Report` (the source of truth, serialisable to JSON) and
`render_html` / `write_report` lay it out with the jinja2 templates in `templates/`.
"""

from __future__ import annotations

from effx.reports.build import build_report
from effx.reports.model import Report
from effx.reports.render import render_html, write_report

__all__ = ["Report", "build_report", "render_html", "write_report"]
