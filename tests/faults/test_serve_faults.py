"""`effx serve` as a real process under abuse: overload, malformed and oversized bodies, bad tokens,
unknown names, and clients that hang up mid-measurement. Every refusal is a 4xx or a 503 with a message,
never a 500, and the server keeps serving.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from .common import effx, note

TOKEN = "fault-token-7c1e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CONCURRENCY, MAX_QUEUE = 1, 2


def sleeper(seconds: float) -> dict[str, Any]:
    return {"language": "python", "code": f"import time\ntime.sleep({seconds})\nprint('woke')\n"}


class Server:
    def __init__(self, log: Path) -> None:
        self.log = log
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                effx("serve", "--port", "0", "--concurrency", str(CONCURRENCY), "--max-queue", str(MAX_QUEUE),
                     "--repeat", "1"), stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, "EFFX_SERVE_TOKEN": TOKEN})
        deadline = time.monotonic() + 60
        while not (found := re.search(r"running on (http://\S+)", log.read_text())):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"effx serve did not start: {log.read_text()[-2000:]}")
            time.sleep(0.05)
        self.url = found.group(1)
        self.port = int(self.url.rsplit(":", 1)[1])

    def health(self) -> dict[str, Any]:
        return httpx.get(self.url + "/health", timeout=10).json()

    def post(self, path: str, body: Any = None, headers: dict[str, str] | None = AUTH, **kw: Any) -> httpx.Response:
        return httpx.post(self.url + path, json=body, headers=headers, timeout=kw.pop("timeout", 60), **kw)

    def works(self) -> bool:
        answer = self.post("/execute", {"language": "python", "code": "print(6 * 7)"})
        return answer.status_code == 200 and answer.json()["stdout"] == "42\n"

    def idle(self, timeout: float = 60) -> float:
        """Wait until nothing runs or waits; returns how long that took."""
        began = time.monotonic()
        while (health := self.health())["running"] or health["waiting"]:
            assert time.monotonic() - began < timeout, health
            time.sleep(0.05)
        return time.monotonic() - began


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = Server(tmp_path_factory.mktemp("serve") / "server.log")
    try:
        yield running
    finally:
        running.proc.terminate()
        running.proc.wait(timeout=30)
        log = running.log.read_text()
        assert "Traceback" not in log and not re.search(r'" 50[0-24-9]', log), log[-3000:]


def test_overload_refuses_the_excess_with_503_and_retry_after_and_serves_the_rest_correctly(server: Server):
    rejected_before = server.health()["rejected"]

    async def fire(count: int) -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=120) as client:
            return await asyncio.gather(*(client.post(server.url + "/execute", json=sleeper(1.5), headers=AUTH)
                                          for _ in range(count)))

    answers = asyncio.run(fire(8))
    accepted = [a for a in answers if a.status_code == 200]
    refused = [a for a in answers if a.status_code == 503]
    assert len(accepted) == CONCURRENCY + MAX_QUEUE and len(refused) == 8 - len(accepted)
    assert all(a.json()["status"] == "ok" and a.json()["stdout"] == "woke\n" for a in accepted)
    assert all(int(a.headers["retry-after"]) >= 1 and "busy" in a.json()["detail"] for a in refused)
    health = server.health()
    assert health["peak_running"] == CONCURRENCY and health["rejected"] - rejected_before == len(refused)
    assert server.idle() < 1 and server.works()
    note("serve overload", lost=0, accepted=len(accepted), refused_503=len(refused))


def _raw(server: Server, head: bytes) -> tuple[int, str]:
    """Send a request head (and no more of its body) on a bare socket; the status and body of the answer."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as raw:
        raw.sendall(head)
        answer = b""
        while chunk := raw.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and b"}" in answer:
                break
    status = int(answer.split(b" ", 2)[1])
    return status, answer.split(b"\r\n\r\n", 1)[1].decode()


def test_bad_requests_get_a_4xx_with_a_message_and_the_server_keeps_serving(server: Server):
    def detail(answer: httpx.Response) -> str:
        return json.dumps(answer.json()["detail"])

    execute = {"language": "python", "code": "print(1)"}
    raw_json = {"content-type": "application/json"}
    for headers in (None, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        answer = server.post("/execute", execute, headers=headers)
        assert answer.status_code == 401 and "Bearer" in detail(answer)
        assert answer.headers["www-authenticate"] == "Bearer"
    # Without the token nothing else is looked at, not even whether the body is JSON.
    answer = httpx.post(server.url + "/execute", content=b"{oops", headers=raw_json)
    assert answer.status_code == 401

    answer = httpx.post(server.url + "/execute", content=b"{oops", headers={**AUTH, **raw_json})
    assert answer.status_code == 422 and "JSON decode error" in detail(answer)
    answer = httpx.post(server.url + "/score", content=b"[" * 100_000, headers={**AUTH, **raw_json})
    assert answer.status_code in (400, 422) and answer.json()["detail"]
    answer = server.post("/execute", [1, 2])
    assert answer.status_code == 422 and "dictionary" in detail(answer)
    answer = server.post("/execute", {**execute, "timeout_s": "soon"})
    assert answer.status_code == 422 and "timeout_s" in detail(answer)

    # Too long a field: refused by the schema, quoted back short rather than whole.
    answer = server.post("/execute", {**execute, "stdin": "x" * (16 * 1024 * 1024 + 1)})
    assert answer.status_code == 422 and "stdin" in detail(answer) and len(answer.content) < 4096
    # Too large a body: refused before it is read, whether announced or streamed.
    status, body = _raw(server, b"POST /execute HTTP/1.1\r\nHost: effx\r\nAuthorization: Bearer " + TOKEN.encode()
                        + b"\r\nContent-Type: application/json\r\nContent-Length: 4000000000\r\n\r\n{\"lang")
    assert status == 413 and "too large" in body

    def stream() -> Iterator[bytes]:
        yield b'{"language": "python", "code": "print(1)", "stdin": "'
        for _ in range(40):
            yield b"x" * (1024 * 1024)
        yield b'"}'

    answer = httpx.post(server.url + "/execute", content=stream(), headers={**AUTH, **raw_json}, timeout=60)
    assert answer.status_code == 413 and "too large" in detail(answer)

    answer = server.post("/execute", {"language": "cobol", "code": "DISPLAY 'HI'."})
    assert answer.status_code == 400 and "unknown language 'cobol'" in detail(answer)
    answer = server.post("/score", {"task_id": "three_sum", "language": "python", "completion": "x"})
    assert answer.status_code == 404 and "two_sum" in detail(answer)
    answer = server.post("/score", {"suite": "nope", "task_id": "x", "language": "python", "completion": "x"})
    assert answer.status_code == 400 and "core" in detail(answer)
    answer = server.post("/score", {"task_id": "two_sum", "language": "klingon", "completion": "x"})
    assert answer.status_code == 400 and "klingon" in detail(answer)
    assert server.health()["running"] == 0 and server.works()


def test_clients_that_hang_up_mid_measurement_or_in_the_queue_leave_the_server_healthy(server: Server):
    def hang_up(seconds: float, after: float) -> None:
        with pytest.raises(httpx.TimeoutException):
            server.post("/execute", sleeper(seconds), timeout=after)

    hang_up(2.0, after=0.5)  # mid-measurement
    assert server.health()["running"] == 1
    measuring_s = server.idle()
    assert server.works()

    # One measuring, one waiting; the waiting client gives up, then the measuring one.
    with ThreadPoolExecutor(1) as pool:
        holder = pool.submit(hang_up, 2.0, 0.5)
        time.sleep(0.2)
        hang_up(0.1, after=0.5)
        holder.result()
    queued_s = server.idle()
    health = server.health()
    assert health["running"] == 0 and health["waiting"] == 0 and health["peak_running"] == CONCURRENCY
    assert server.works()
    note("serve client disconnects", lost=0, back_to_idle_s=round(max(measuring_s, queued_s), 1))
