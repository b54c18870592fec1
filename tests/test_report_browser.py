"""The HTML report in a real headless Chromium: sorting, ranking, filters, search, downloads, page switching,
chart label layout, an axe-core accessibility check and a screenshot.

Playwright drives the system browser (`/usr/bin/chromium`, installed by scripts/install_browser.sh);
the report is opened from disk, so this also proves it needs no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_report import MALICIOUS, write_fixture_run

from effx.reports import build_report, write_report
from effx.store import read_run_dir

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None,
                                reason=f"{CHROMIUM} is not installed; run scripts/install_browser.sh")


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("browser")
    run_dir = write_fixture_run(root, models={"fast": [5.0, 8.0], "slow": [90.0, 200.0], "evil": [None, 40.0],
                                              "mid": [30.0, 60.0]})
    path = write_report(build_report([read_run_dir(run_dir)]), root / "report.html")
    return path.as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed; "
                                   "run scripts/install_browser.sh")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, report_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(report_url)
    yield page
    assert page.errors == [], "the report's script raised in the browser"
    assert page.dialogs == [], "something in the report opened a dialog (injected script?)"
    context.close()


def _visible_models(page: Any) -> list[str]:
    return page.eval_on_selector_all("#board tbody tr:not([hidden]) .model",
                                     "cells => cells.map(c => c.dataset.value)")


def test_clicking_a_header_sorts_the_leaderboard_and_clicking_again_reverses(page: Any) -> None:
    assert sorted(_visible_models(page)) == ["evil", "fast", "mid", "slow"]
    header = page.locator("#board thead th", has_text="Beyond@1")
    header.click()
    # Beyond@1: fast ~0.99, mid ~0.73, evil ~0.42 (one task failed), slow ~0.05.
    assert _visible_models(page) == ["fast", "mid", "evil", "slow"]
    assert header.get_attribute("aria-sort") == "descending"
    header.click()
    assert _visible_models(page) == ["slow", "evil", "mid", "fast"]
    page.locator("#board thead th", has_text="Model").click()
    assert _visible_models(page) == ["evil", "fast", "mid", "slow"]


def test_difficulty_filter_shows_the_scores_of_that_difficulty(page: Any) -> None:
    pass_cell = "#board tbody tr:not([hidden])[data-scope] td[data-col=pass]"
    page.select_option("#filter-difficulty", "easy")
    rows = page.eval_on_selector_all("#board tbody tr:not([hidden])",
                                     "rows => rows.map(r => r.dataset.scope)")
    assert rows and set(rows) == {"easy"}
    page.locator("#board thead th", has_text="Model").click()
    assert page.eval_on_selector_all(pass_cell, "cells => cells.map(c => c.firstChild.textContent.trim())") == [
        "0.0%", "100.0%", "100.0%", "100.0%"]
    page.select_option("#filter-language", "python")
    assert len(_visible_models(page)) == 4
    page.select_option("#filter-language", "")
    page.select_option("#filter-difficulty", "all")
    assert len(_visible_models(page)) == 4


def test_task_page_opens_alone_and_screenshots(page: Any, tmp_path: Path) -> None:
    assert page.locator("#leaderboard").is_visible()
    page.click("header nav a[href='#tasks']")
    page.click("#tasks a[href='#task-two_sum']")
    task = page.locator("#task-two_sum")
    task.wait_for(state="visible", timeout=10_000)  # the hash change shows it on the next frame, not at once
    assert task.is_visible() and not page.locator("#leaderboard").is_visible()
    assert not page.locator("#task-longest_unique_substring").is_visible()
    assert task.locator("figure.chart svg").count() == 1
    task.locator("tr.detail details summary").first.click()
    assert MALICIOUS in task.locator("pre.code code").first.inner_text()
    shot = tmp_path / "task.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_run_page_shows_machine_and_failures(page: Any) -> None:
    page.click("header nav a.run-link")
    run = page.locator("#run-fixture")
    run.wait_for(state="visible", timeout=10_000)  # shown on the hash change, a frame later
    text = run.inner_text()
    assert "Test CPU" in text and "both cores were busy" in text
    assert run.locator("table.failures tbody tr").count() == 1


def _axe_js() -> Path | None:
    """axe-core's axe.min.js from the global npm folder (scripts/install_browser.sh installs it there)."""
    override = os.environ.get("EFFX_AXE_JS")
    if override:
        return Path(override)
    for root in ("/usr/lib/node_modules", "/usr/local/lib/node_modules"):
        if (Path(root) / "axe-core/axe.min.js").is_file():
            return Path(root) / "axe-core/axe.min.js"
    npm = shutil.which("npm")
    if npm:
        done = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=60, check=False)
        candidate = Path(done.stdout.strip()) / "axe-core/axe.min.js"
        if candidate.is_file():
            return candidate
    return None


AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""


@pytest.mark.parametrize("fragment", ["#leaderboard", "#tasks", "#task-two_sum", "#run-fixture"])
def test_every_page_passes_axe_without_serious_or_critical_violations(page: Any, fragment: str) -> None:
    axe_js = _axe_js()
    if axe_js is None:
        pytest.skip("axe-core's axe.min.js is not installed (npm root -g); run scripts/install_browser.sh")
    page.goto(page.url.split("#")[0] + fragment)
    page.locator(fragment).wait_for(state="visible", timeout=10_000)
    page.locator(f"{fragment} details").evaluate_all("ds => ds.forEach(d => d.open = true)")  # code listings too
    page.add_script_tag(path=str(axe_js))
    violations = page.evaluate(AXE)
    bad = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{fragment}: {bad}"


@pytest.fixture(scope="module")
def crowded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Samples a hair apart with long names: the case whose labels used to print over each other."""
    root = tmp_path_factory.mktemp("crowded")
    models: dict[str, list[float | None]] = {
        "demo-fast": [7.38, 7.38], "demo-fast-twin": [7.39, 7.39], "demo-equal-to-the-fastest-ref": [4.0, 8.0],
        "a-model-with-a-name-much-longer-than-any-margin-allows-for": [99.0, 199.0],
        "demo-slow": [100.0, 200.0]}
    run_dir = write_fixture_run(root, models=models)
    path = write_report(build_report([read_run_dir(run_dir)]), root / "report.html")
    return path.as_uri()


OVERLAPS = """svg => {
  const box = svg.viewBox.baseVal, texts = Array.from(svg.querySelectorAll("text"));
  const rects = texts.map(t => { const b = t.getBBox(); return {text: t.textContent, x: b.x, y: b.y, r: b.x + b.width,
                                                                   b: b.y + b.height}; });
  const out = [];
  rects.forEach((a, i) => {
    if (a.x < box.x - 0.5 || a.y < box.y - 0.5 || a.r > box.x + box.width + 0.5 || a.b > box.y + box.height + 0.5) {
      out.push(["outside", a.text]);
    }
    rects.slice(i + 1).forEach(b => {
      if (a.x < b.r - 0.5 && b.x < a.r - 0.5 && a.y < b.b - 0.5 && b.y < a.b - 0.5) { out.push([a.text, b.text]); }
    });
  });
  return {texts: rects.length, problems: out};
}"""


@pytest.mark.parametrize("fragment", ["#task-two_sum", "#task-longest_unique_substring", "#leaderboard"])
def test_no_chart_label_overlaps_another_or_leaves_the_chart(browser: Any, crowded_url: str, fragment: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(crowded_url + fragment)
        page.locator(fragment).wait_for(state="visible", timeout=10_000)
        charts = page.locator(f"{fragment} figure.chart:not([hidden]) svg")
        assert charts.count() >= 1
        for i in range(charts.count()):
            found = charts.nth(i).evaluate(OVERLAPS)
            assert found["texts"] >= 8 and found["problems"] == [], found
        if fragment.startswith("#task"):
            labels = charts.first.locator("text").all_text_contents()
            assert "demo-fast #0" in labels and "7.38 ms" in labels and "7.39 ms" in labels
            assert any(t.endswith("…") for t in labels), "the overlong name is shortened"
    finally:
        context.close()


def test_search_rank_by_and_the_chart_follow_the_controls(page: Any) -> None:
    page.fill("#filter-models", "MI")
    assert _visible_models(page) == ["mid"]
    page.fill("#filter-models", "")
    assert len(_visible_models(page)) == 4
    ranks = "#board tbody tr:not([hidden]) td.rank"
    assert page.eval_on_selector_all(ranks, "cells => cells.map(c => c.textContent)") == ["1", "2", "3", "4"]
    assert _visible_models(page) == ["fast", "mid", "slow", "evil"], "default: Pass@1, then Beyond@1"
    page.select_option("#rank-by", "beyond,pass")
    assert _visible_models(page) == ["fast", "mid", "evil", "slow"]
    assert "Beyond@1, then Pass@1" in page.locator("#board caption").inner_text()
    visible_charts = "figure.board-chart:not([hidden])"
    assert page.eval_on_selector_all(visible_charts, "fs => fs.map(f => f.dataset.scope)") == ["all"]
    page.select_option("#filter-difficulty", "medium")
    assert page.eval_on_selector_all(visible_charts, "fs => fs.map(f => f.dataset.scope)") == ["medium"]
    page.click("header nav a[href='#tasks']")
    page.fill("#filter-tasks", "unique")
    shown = page.eval_on_selector_all("#task-index tbody tr:not([hidden]) code.id", "cs => cs.map(c => c.textContent)")
    assert shown == ["longest_unique_substring"]


def test_the_csv_download_saves_the_leaderboard(page: Any, tmp_path: Path) -> None:
    with page.expect_download() as info:
        page.click("a[download='leaderboard.csv']")
    saved = tmp_path / "leaderboard.csv"
    info.value.save_as(saved)
    lines = saved.read_text().splitlines()
    assert lines[0].startswith("rank,model,language,scope,") and lines[1].startswith("1,fast,python,all,")
