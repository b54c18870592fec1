"""Serving an ASGI app from a background thread of this process, on a free loopback port.

For embedding: a benchmark or a test starts a real HTTP server next to its client without a
subprocess to manage, and tears it down reliably (uvicorn's own shutdown path, then a join).
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any


class BackgroundServer:
    """`with BackgroundServer(app) as server: httpx.get(server.url + "/health")`.

    Args:
        app: any ASGI application.
        host: interface to bind (loopback by default).
        port: port to bind; 0 picks a free one.
        start_timeout_s: how long to wait for the server to accept connections.
    """

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0, start_timeout_s: float = 30.0):
        import uvicorn

        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()[:2]
        config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=5)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]},
                                        name=f"effx-server-{self.port}", daemon=True)
        self._start_timeout_s = start_timeout_s

    @property
    def url(self) -> str:
        """Base URL, e.g. `http://127.0.0.1:43211`."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> BackgroundServer:
        """Start serving and wait until the server is ready."""
        self._thread.start()
        deadline = time.monotonic() + self._start_timeout_s
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the server on {self.url} did not start within {self._start_timeout_s:g} s")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask the server to exit and wait for its thread."""
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._socket.close()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
