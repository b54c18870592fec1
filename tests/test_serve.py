"""`effx serve` as a real HTTP server on loopback: auth, validation, load limits and correct judging.

Load tests use programs that sleep for a second, so "arrived while the others were running" holds
with a wide margin even on a loaded machine; the server's own counters show how many ran at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import typer
from typer.testing import CliRunner

from effx.cli.model_commands import register
from effx.serve.app import ServeConfig, create_app
from effx.serve.background import BackgroundServer

TOKEN = "test-token-4b1d"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SLEEPER = "import time\ntime.sleep(1.0)\nprint('woke')\n"
HASHMAP = ("```python\nclass Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
           "        for j, x in enumerate(nums):\n            if target - x in seen:\n"
           "                return [seen[target - x], j]\n            seen[x] = j\n```")
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"


@pytest.fixture(scope="module")
def server() -> Iterator[BackgroundServer]:
    app = create_app(ServeConfig(token=TOKEN, concurrency=2, max_queue=16, repeat=1))
    with BackgroundServer(app) as running:
        yield running


def post(server: BackgroundServer, path: str, body: Any, headers: dict[str, str] | None = AUTH) -> httpx.Response:
    return httpx.post(server.url + path, json=body, headers=headers, timeout=120)


def test_health_needs_no_token_and_reports_the_limits(server: BackgroundServer) -> None:
    health = httpx.get(server.url + "/health").json()
    assert health["status"] == "ok" and health["concurrency"] == 2 and health["max_queue"] == 16


@pytest.mark.parametrize("headers", [None, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_measuring_routes_require_the_bearer_token(server: BackgroundServer, headers: Any) -> None:
    for path, body in (("/execute", {"language": "python", "code": "print(1)"}),
                       ("/score", {"task_id": "two_sum", "language": "python", "completion": WRONG})):
        response = post(server, path, body, headers=headers)
        assert response.status_code == 401 and "Bearer" in response.json()["detail"]


def test_execute_runs_python_and_cpp_programs_with_stdin(server: BackgroundServer) -> None:
    python = post(server, "/execute", {"language": "python", "code": "print(sum(map(int, input().split())))",
                                       "stdin": "2 40"}).json()
    assert python["status"] == "ok" and python["stdout"] == "42\n" and python["exit_code"] == 0
    assert python["peak_rss_kb"] > 1000 and python["wall_ms"] > 0 and python["compile_ms"] is None
    cpp = post(server, "/execute", {"language": "cpp", "code": "#include <cstdio>\nint main(){int a,b;"
                                    "scanf(\"%d %d\",&a,&b);printf(\"%d\\n\",a*b);}", "stdin": "6 7"}).json()
    assert cpp["status"] == "ok" and cpp["stdout"] == "42\n" and cpp["compile_ms"] is not None


def test_execute_reports_failures_of_the_program(server: BackgroundServer) -> None:
    crash = post(server, "/execute", {"language": "python", "code": "import sys\nsys.exit(3)"}).json()
    assert crash["status"] == "runtime_error" and crash["exit_code"] == 3
    loop = post(server, "/execute", {"language": "python", "code": "while True: pass", "timeout_s": 1}).json()
    assert loop["status"] == "timeout"
    broken = post(server, "/execute", {"language": "cpp", "code": "int main( {"}).json()
    assert broken["status"] == "compile_error" and "error" in broken["stderr"]


@pytest.mark.parametrize("body, status, words", [
    ({"language": "python"}, 422, "code"),
    ({"language": "python", "code": "print(1)", "timeout_s": -1}, 422, "timeout_s"),
    ({"language": "python", "code": "print(1)", "surprise": 1}, 422, "surprise"),
    ({"language": "pyhton", "code": "print(1)"}, 400, "Did you mean python"),
])
def test_malformed_execute_requests_get_4xx_with_a_message(server: BackgroundServer, body: Any, status: int,
                                                           words: str) -> None:
    response = post(server, "/execute", body)
    assert response.status_code == status and words in response.text


def test_malformed_score_requests_get_4xx_and_the_server_keeps_serving(server: BackgroundServer) -> None:
    not_json = httpx.post(server.url + "/score", content=b"{oops", headers={**AUTH, "content-type":
                                                                               "application/json"})
    assert not_json.status_code == 422
    unknown_task = post(server, "/score", {"task_id": "three_sum", "language": "python", "completion": WRONG})
    assert unknown_task.status_code == 404 and "two_sum" in unknown_task.json()["detail"]
    unknown_suite = post(server, "/score", {"suite": "nope", "task_id": "x", "language": "python",
                                            "completion": WRONG})
    assert unknown_suite.status_code == 400 and "core" in unknown_suite.json()["detail"]
    assert post(server, "/execute", {"language": "python", "code": "print(1)"}).json()["stdout"] == "1\n"


def test_score_judges_a_correct_and_a_wrong_solution(server: BackgroundServer) -> None:
    good = post(server, "/score", {"task_id": "two_sum", "language": "python", "completion": HASHMAP}).json()
    assert good["status"] == "ok" and good["passed"] and good["runtime_ms"] > 0
    from effx.tasks.core import ROOT, load_task

    references = load_task(ROOT / "two_sum", with_cases=False).references_for("python")
    assert len(good["reference_runtimes_ms"]) == len(references) and 0.0 <= good["beyond"] <= 1.0
    assert good["reward"] > 0.5 and good["format"] == 0.0
    bad = post(server, "/score", {"task_id": "two_sum", "language": "python", "completion": WRONG,
                                  "baseline": HASHMAP}).json()
    assert bad["status"] == "wrong_answer" and not bad["passed"] and bad["beyond"] == 0.0
    assert bad["baseline_status"] == "ok" and bad["reward"] == pytest.approx(-0.5)
    assert "expected" in bad["message"]


def test_no_more_measurements_run_at_once_than_the_concurrency(server: BackgroundServer) -> None:
    with ThreadPoolExecutor(5) as pool:
        answers = list(pool.map(lambda _: post(server, "/execute", {"language": "python", "code": SLEEPER}),
                                range(5)))
    assert [a.json()["stdout"] for a in answers] == ["woke\n"] * 5
    assert httpx.get(server.url + "/health").json()["peak_running"] == 2


def test_a_full_queue_answers_503_with_retry_after() -> None:
    app = create_app(ServeConfig(token=TOKEN, concurrency=1, max_queue=1, repeat=1))
    with BackgroundServer(app) as small, ThreadPoolExecutor(5) as pool:
        answers = list(pool.map(lambda _: post(small, "/execute", {"language": "python", "code": SLEEPER}),
                                range(5)))
        codes = sorted(a.status_code for a in answers)
        refused = [a for a in answers if a.status_code == 503]
        assert codes.count(200) >= 2 and refused, codes
        assert all(int(a.headers["retry-after"]) >= 1 and "busy" in a.json()["detail"] for a in refused)
        health = httpx.get(small.url + "/health").json()
        assert health["peak_running"] == 1 and health["rejected"] == len(refused)
        assert post(small, "/execute", {"language": "python", "code": "print(2)"}).status_code == 200


def test_cli_serve_refuses_to_start_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EFFX_SERVE_TOKEN", raising=False)
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["serve", "--port", "0"])
    assert result.exit_code == 2 and "EFFX_SERVE_TOKEN" in result.output


def test_openapi_documents_the_three_routes(server: BackgroundServer) -> None:
    spec = httpx.get(server.url + "/openapi.json").json()
    assert {"/execute", "/score", "/health"} <= set(spec["paths"])
    assert "Retry-After" in spec["info"]["description"]
