"""A TCP listener on the host's loopback, the target of every network-isolation check.

Any local service would listen this way: a sandbox that shares the host's network (or reaches it through
a gateway) lets a connection through, an isolated one cannot. The kernel completes connections into the
listen backlog, so nothing needs to accept them while a check runs; `HostListener.accepted` drains the
backlog afterwards, which tells a check whether a connection got through even when the program inside
claims otherwise.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


class HostListener:
    """A listening socket on 127.0.0.1 of the host and the connections it has received."""

    def __init__(self, server: socket.socket) -> None:
        self._server = server
        self.port: int = server.getsockname()[1]
        """The port programs in the sandbox try to connect to."""

    def accepted(self) -> int:
        """How many connections arrived since the last call (each is accepted and closed)."""
        count = 0
        while True:
            try:
                connection, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return count
            connection.close()
            count += 1


@contextmanager
def host_listener() -> Iterator[HostListener]:
    """Listen on a free port of the host's loopback for the duration of the block."""
    server = socket.create_server(("127.0.0.1", 0), backlog=64)
    server.setblocking(False)
    try:
        yield HostListener(server)
    finally:
        server.close()
