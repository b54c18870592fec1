"""A token bucket per key: `burst` submissions at once, refilled at `rate_per_s`."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class TokenBuckets:
    """Thread-safe buckets by key id.

    Args:
        rate_per_s: tokens added per second.
        burst: bucket size (and initial fill).
        clock: monotonic seconds.
    """

    def __init__(self, rate_per_s: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate_per_s, float(burst), clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int | None:
        """Take one token for `key`: None when allowed, else the whole seconds until one is available."""
        with self._lock:
            now = self.clock()
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return max(1, math.ceil((1.0 - tokens) / self.rate))
