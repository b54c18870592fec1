"""The report's leaderboard, metrics, downloads, statements, ids and size limits, from run folders made here.

Every report is built from a run folder written by `write_fixture_run` (or one with a huge solution
added) and read back with `read_run_dir`, as `effx report` does; the HTML is parsed, never grepped for
structure.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from test_report import MALICIOUS, write_fixture_run

from effx.models import Task, code_hash
from effx.reports import Report, build_report, render_html
from effx.reports.build import cut_code
from effx.reports.model import CODE_LIMIT
from effx.reports.render import markdown_html
from effx.store import read_run_dir

MODELS: dict[str, list[float | None]] = {"fast": [5.0, 8.0], "slow": [90.0, 200.0], "evil": [None, 40.0],
                                         "mid": [30.0, 60.0], "twin": [30.0, 60.0], "broken": [None, None]}


class Page(HTMLParser):
    """Every element's tag and attributes in document order, with the text inside selected elements."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.statement_elements: list[tuple[str, dict[str, str]]] = []
        self.statement_text: list[str] = []
        self._statement_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if self._statement_depth:
            self.statement_elements.append((tag, a))
        if tag == "div" and "statement" in a.get("class", "").split():
            self._statement_depth = 1
        elif self._statement_depth and tag == "div":
            self._statement_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._statement_depth and tag == "div":
            self._statement_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._statement_depth:
            self.statement_text.append(data)

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.elements if "id" in a]

    def rows(self, scope: str = "all") -> list[dict[str, str]]:
        return [a for tag, a in self.elements if tag == "tr" and a.get("data-scope") == scope]

    def href(self, download: str) -> str:
        return next(a["href"] for tag, a in self.elements if tag == "a" and a.get("download") == download)


def _page(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    run_dir = write_fixture_run(tmp_path_factory.mktemp("runs"), models=MODELS, cvs={"slow": 0.12})
    return build_report([read_run_dir(run_dir)])


@pytest.fixture(scope="module")
def html(report: Report) -> str:
    return render_html(report)


def test_rows_are_ranked_by_pass_then_beyond_and_ties_share_a_rank(report: Report, html: str) -> None:
    rows = [r for r in report.leaderboard if r.scope == "all"]
    assert [(r.rank, r.model) for r in rows] == [(1, "fast"), (2, "mid"), (2, "twin"), (4, "slow"), (5, "evil"),
                                                 (6, "broken")]
    assert [r.scope for r in report.leaderboard] == sorted((r.scope for r in report.leaderboard),
                                                           key=["all", "easy", "medium", "hard"].index)
    assert [r["data-model"] for r in _page(html).rows()] == ["fast", "mid", "twin", "slow", "evil", "broken"]
    easy = [(r.rank, r.model) for r in report.leaderboard if r.scope == "easy"]
    assert easy[-2:] == [(5, "broken"), (5, "evil")], "both failed two_sum: a shared last place"


def test_every_promised_metric_is_in_the_model_and_the_table(report: Report, html: str) -> None:
    fast = next(r for r in report.leaderboard if r.scope == "all" and r.model == "fast")
    # two_sum refs 4/50/100 ms, longest_unique_substring 8/100/200 ms; fast ran 5 and 8 ms.
    assert fast.median_ratio == pytest.approx((5 / 4 + 8 / 8) / 2)
    assert fast.net == pytest.approx(13 / 12)
    assert fast.time_pct is not None and fast.dps is not None and fast.dps_norm is not None
    assert fast.pass_ci is not None and fast.beyond_ci is not None
    page = _page(html)
    cols = {a.get("data-col") for tag, a in page.elements if tag == "th" and a.get("data-col")}
    assert {"rank", "pass", "beyond", "ratio", "et", "mp", "mi", "net", "time_pct", "dps", "dp"} <= cols
    assert "1.12×" in html and "1.08×" in html  # one ratio format: two decimals and a times sign


def test_an_undefined_metric_shows_a_dash_with_a_reason(report: Report, html: str) -> None:
    broken = next(r for r in report.leaderboard if r.scope == "all" and r.model == "broken")
    assert broken.median_ratio is None and broken.net is None and broken.pass_at_1 == 0
    page = _page(html)
    start = next(i for i, (tag, a) in enumerate(page.elements) if a.get("data-model") == "broken")
    cell = next(a for tag, a in page.elements[start:] if a.get("data-col") == "ratio")
    assert cell["data-value"] == "" and "no passing sample" in cell["title"]


def test_noisy_samples_are_flagged_in_the_row_and_on_the_task_page(report: Report, html: str) -> None:
    slow = next(r for r in report.leaderboard if r.scope == "all" and r.model == "slow")
    fast = next(r for r in report.leaderboard if r.scope == "all" and r.model == "fast")
    assert (slow.measured, slow.noisy) == (2, 2) and (fast.measured, fast.noisy) == (2, 0)
    assert all(s.noisy == (s.model == "slow") for t in report.tasks for s in t.solutions)
    page = _page(html)
    marks, model = [], None
    for tag, a in page.elements:
        if tag == "tr" and a.get("data-scope") == "all":
            model = a["data-model"]
        elif tag == "tr":
            model = None
        if tag == "span" and "noisy" in a.get("class", "").split() and model:
            marks.append((model, a["title"]))
    assert [m for m, _ in marks] == ["slow"] and "2 of 2 passing samples" in marks[0][1]
    assert "above 5.0%" in marks[0][1]


def test_no_id_repeats_anywhere_in_the_page(html: str) -> None:
    ids = _page(html).ids()
    assert ids, "the page has ids (sections, filters)"
    repeated = {i: n for i, n in Counter(ids).items() if n > 1}
    assert repeated == {}
    assert html.count("<svg") == 2 + 3, "a runtime chart per task, a leaderboard chart per scope (all, easy, medium)"


def test_charts_are_own_svg_with_accessible_names(html: str) -> None:
    svgs = [a for tag, a in _page(html).elements if tag == "svg"]
    assert svgs and all(a.get("role") == "img" and a.get("aria-label") for a in svgs)
    assert "matplotlib" not in html


def test_csv_and_json_downloads_hold_the_whole_leaderboard(report: Report, html: str) -> None:
    page = _page(html)
    csv_url, json_url = page.href("leaderboard.csv"), page.href("leaderboard.json")
    assert csv_url.startswith("data:text/csv;charset=utf-8,") and json_url.startswith("data:application/json")
    table = list(csv.DictReader(io.StringIO(unquote(csv_url.split(",", 1)[1]))))
    assert len(table) == len(report.leaderboard)
    first = table[0]
    assert (first["rank"], first["model"], first["scope"]) == ("1", "fast", "all")
    assert float(first["beyond_ci_low"]) <= float(first["beyond_at_1"]) <= float(first["beyond_ci_high"])
    assert float(first["net"]) == pytest.approx(13 / 12)
    broken = next(r for r in table if r["model"] == "broken" and r["scope"] == "all")
    assert broken["median_ratio"] == "" and broken["pass_at_1"] == "0.0"
    data = json.loads(unquote(json_url.split(",", 1)[1]))
    assert [r["model"] for r in data["leaderboard"]] == [r.model for r in report.leaderboard]
    assert data["leaderboard"][0]["rank"] == 1 and data["cv_threshold"] == 0.05


def test_statements_render_markdown_with_no_raw_html_and_only_http_links(tmp_path: Path) -> None:
    statement = (f"# Hostile\n\nSum **two** numbers. {MALICIOUS}\n\n<img src=x onerror=alert(1)>\n\n"
                 "[docs](https://example.com/a?b=1) [js](javascript:alert(1)) [data](data:text/html,hi) "
                 "[file](file:///etc/passwd) ![pixel](https://tracker.example/p.png) <https://example.org>\n\n"
                 "```\n<b>code</b>\n```\n")
    run_dir = write_fixture_run(tmp_path, models={"fast": [5.0, 8.0]})
    tasks = {t: Task(id=t, title=t.title(), difficulty="easy", statement=statement)
             for t in ("two_sum", "longest_unique_substring")}
    html = render_html(build_report([read_run_dir(run_dir)], tasks=tasks))
    page = _page(html)
    tags = [tag for tag, _ in page.statement_elements]
    assert "strong" in tags and "h2" in tags and "pre" in tags, "Markdown is rendered"
    assert not {"script", "img", "b", "iframe"} & set(tags), "no raw HTML becomes markup"
    assert not any(k.startswith("on") for _, a in page.statement_elements for k in a)
    hrefs = [a["href"] for tag, a in page.statement_elements if tag == "a"]
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert "https://example.com/a?b=1" in hrefs and "https://example.org" in hrefs
    assert "https://tracker.example/p.png" not in [a.get("src") for _, a in page.elements]
    text = "".join(page.statement_text)
    assert MALICIOUS in text and "<img src=x onerror=alert(1)>" in text and "<b>code</b>" in text
    assert "[js](javascript:alert(1))" in text, "an unsafe link stays as plain text"
    assert markdown_html("[x](JavaScript:alert(1))").count("<a") == 0


def test_cut_code_keeps_whole_characters_and_reports_the_size() -> None:
    assert cut_code("short") == ("short", None)
    head, size = cut_code("é" * CODE_LIMIT)  # 2 bytes a character
    assert size == 2 * CODE_LIMIT and len(head.encode()) == CODE_LIMIT and head == "é" * (CODE_LIMIT // 2)
    head, size = cut_code("ab€" * CODE_LIMIT)  # a 3-byte character straddles the limit
    assert size == 5 * CODE_LIMIT and len(head.encode()) <= CODE_LIMIT and head.encode().decode() == head


BIG_REPORT = """
import sys
from pathlib import Path
from effx.reports import build_report, write_report
from effx.store import read_run_dir
write_report(build_report([read_run_dir(Path(sys.argv[1]))]), Path(sys.argv[2]), with_json=True)
print(next(line for line in open("/proc/self/status") if line.startswith("VmHWM:")).split()[1])
"""
"""Writes a report and prints its peak RSS in kB: VmHWM, which (unlike ru_maxrss) starts afresh at exec
rather than carrying over the forking test process's own peak."""


def _with_huge_solution(root: Path, size: int) -> tuple[Path, int]:
    """A fixture run whose `huge` model's sample (on both tasks) is a `size`-character source in code/."""
    run_dir = write_fixture_run(root, "big", {"fast": [5.0, 8.0], "huge": [6.0, 9.0]})
    line = "x = [" + "1, " * 3000 + "]\n"
    huge = "# huge\n" + line * (size // len(line))
    digest = code_hash(huge)
    (run_dir / "code").mkdir()
    (run_dir / "code" / f"{digest}.txt").write_text(huge)
    results = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    for r in results:
        if r["model"] == "huge":
            r["code_hash"] = digest
    (run_dir / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in results))
    return run_dir, len(huge)


def test_a_60_mb_solution_is_cut_to_64_kib_and_costs_little_memory(tmp_path: Path) -> None:
    run_dir, size = _with_huge_solution(tmp_path, 60_000_000)
    out = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-c", BIG_REPORT, str(run_dir), str(out)], capture_output=True,
                          text=True, timeout=300, check=True)
    peak_mb = int(done.stdout.split()[-1]) / 1024
    # The run folder's reader holds the 60 MB source once (and its bytes while decoding); before the cut,
    # rendering it twice made a 120 MB page and a 520 MB process.
    assert peak_mb < 300, f"peak RSS {peak_mb:.0f} MB"
    assert out.stat().st_size < 1_000_000 and out.with_suffix(".json").stat().st_size < 1_000_000
    html = out.read_text()
    assert html.count(f"truncated, {size:,} bytes total") == 2, "noted on both tasks' huge sample"
    report = Report.model_validate_json(out.with_suffix(".json").read_text())
    huge = [s for t in report.tasks for s in t.solutions if s.model == "huge"]
    assert all(s.code_bytes == size and s.code and len(s.code.encode()) <= CODE_LIMIT for s in huge)
    assert all(s.code_bytes is None for t in report.tasks for s in t.solutions if s.model == "fast")
