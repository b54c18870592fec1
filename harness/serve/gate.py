"""Admission control for the scoring server: a bounded waiting room in front of a fixed number of slots.

Measurements are CPU-bound and their numbers are only trustworthy when they do not fight each other for
cores, so at most `concurrency` run at once. Requests beyond that wait, up to `max_queue` of them; a
request arriving when the waiting room is full is refused at once (HTTP 503 with Retry-After) rather
than left to time out, so clients back off instead of piling up.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class QueueFull(RuntimeError):
    """The waiting room is full; retry later."""


class Gate:
    """`async with gate.slot():` runs the body in one of `concurrency` slots, or raises QueueFull.

    All state lives on the event loop's thread, so plain integers need no lock.
    """

    def __init__(self, concurrency: int, max_queue: int) -> None:
        if concurrency < 1 or max_queue < 0:
            raise ValueError("concurrency must be >= 1 and max_queue >= 0")
        self.concurrency = concurrency
        self.max_queue = max_queue
        self.running = 0
        """Requests holding a slot now."""
        self.waiting = 0
        """Requests waiting for a slot."""
        self.peak_running = 0
        """Most requests ever holding a slot at once (never above `concurrency`)."""
        self.served = 0
        """Requests that got a slot and finished."""
        self.rejected = 0
        """Requests refused because the waiting room was full."""
        self._slots = asyncio.Semaphore(concurrency)
        self._free = list(range(concurrency))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[int]:
        """Hold a slot for the duration of the block; yields the slot's number (0 .. concurrency-1).

        The number lets the caller pin each slot's measurements to its own core.
        """
        if self.running >= self.concurrency and self.waiting >= self.max_queue:
            self.rejected += 1
            raise QueueFull(f"{self.running} measurements running and {self.waiting} waiting (--max-queue "
                            f"{self.max_queue})")
        self.waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        self.peak_running = max(self.peak_running, self.running)
        number = self._free.pop()
        try:
            yield number
        finally:
            self._free.append(number)
            self.running -= 1
            self.served += 1
            self._slots.release()

    def retry_after_s(self) -> int:
        """A rough wait hint for refused clients: one second per queued request per slot, at least 1."""
        return max(1, (self.waiting + self.running) // self.concurrency)
