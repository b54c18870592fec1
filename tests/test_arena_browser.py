"""The judge's web pages in a real headless Chromium with JavaScript off: submit through the form, watch
the verdict appear on the self-refreshing submission page, see the leaderboard change.

Playwright drives the system browser (`/usr/bin/chromium`, installed by scripts/install_browser.sh).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from effx.arena.config import JudgeConfig
from effx.arena.judge_app import create_app
from effx.arena.keys import create_key
from effx.arena.problems import load_catalogue
from effx.serve.background import BackgroundServer

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
HASHMAP = ("class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
           "        for j, x in enumerate(nums):\n            if target - x in seen:\n"
           "                return [seen[target - x], j]\n            seen[x] = j\n")

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None,
                                reason=f"{CHROMIUM} is not installed; run scripts/install_browser.sh")


@pytest.fixture(scope="module")
def judge(tmp_path_factory: pytest.TempPathFactory, sandbox: Any) -> Iterator[tuple[BackgroundServer, str]]:
    config = JudgeConfig(db=str(tmp_path_factory.mktemp("judge") / "judge.db"), workers=1, repeat=1, poll_s=0.1)
    app = create_app(config, sandbox=sandbox, catalogue=load_catalogue(("core",), ("python", "cpp")))
    _, key = create_key(app.state.arena.db, "browser team")
    with BackgroundServer(app) as server:
        yield server, key
    app.state.arena.stop()


@pytest.fixture()
def page(judge: tuple[BackgroundServer, str]) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed; "
                                   "run scripts/install_browser.sh")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900}, java_script_enabled=False)
        yield context.new_page()
        browser.close()


def _fill(page: Any, key: str, model: str, code: str) -> None:
    page.fill("#key", key)
    page.select_option("#problem", "two_sum")
    page.select_option("#language", "python")
    page.fill("#model", model)
    page.fill("#code", code)
    page.click("button[type=submit]")


def test_a_form_submission_gets_its_verdict_and_changes_the_leaderboard(
        page: Any, judge: tuple[BackgroundServer, str], tmp_path: Path) -> None:
    server, key = judge
    page.goto(server.url + "/")
    assert page.locator("#board tbody tr[data-model]").count() == 0
    page.goto(server.url + "/submit")
    _fill(page, key, "web-model", HASHMAP)
    assert "/submissions/" in page.url
    # Until the verdict is in, the page reloads itself (the verdict may already be in on a fast machine).
    judged = page.locator("#verdict.verdict-ok").count() == 1
    assert page.locator("meta[http-equiv=refresh]").count() == (0 if judged else 1)
    page.wait_for_selector("#verdict.verdict-ok", timeout=240_000)
    assert page.inner_text("#verdict") == "Accepted" and page.locator("meta[http-equiv=refresh]").count() == 0
    assert "seen[target - x]" in page.inner_text("pre")
    page.click("text=two_sum")
    assert page.locator("svg .mine").count() == 1 and "Two Sum" in page.inner_text("h1")
    page.goto(server.url + "/")
    row = page.locator('#board tbody tr[data-model="web-model"]')
    assert row.count() == 1 and float(row.locator(".dp").inner_text()) > 3.0
    assert page.locator('svg polyline[data-model="web-model"]').count() == 1
    page.goto(server.url + "/?language=cpp")
    assert page.locator('#board tbody tr[data-model="web-model"]').count() == 0


def test_a_wrong_key_in_the_form_is_refused_with_the_form_kept(page: Any, judge: tuple[BackgroundServer, str]) -> None:
    server, _ = judge
    page.goto(server.url + "/submit")
    response = None

    def remember(r: Any) -> None:
        nonlocal response
        if r.request.method == "POST":
            response = r

    page.on("response", remember)
    _fill(page, "effx_nope", "sneaky", "print(1)")
    assert response is not None and response.status == 401
    assert "API key" in page.inner_text("[role=alert]") and page.input_value("#model") == "sneaky"
    assert page.input_value("#key") == ""
