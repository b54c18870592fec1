"""The HTML report in a real headless Chromium: sorting, filters, page switching and a screenshot.

Playwright drives the system browser (`/usr/bin/chromium`, installed by scripts/install_browser.sh);
the report is opened from disk, so this also proves it needs no network.
"""

from __future__ import annotations

import shutil
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
    assert run.is_visible()
    text = run.inner_text()
    assert "Test CPU" in text and "both cores were busy" in text
    assert run.locator("table.failures tbody tr").count() == 1
