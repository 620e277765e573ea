"""Pacing for sends: at most N messages a minute per WhatsApp number, spaced with jitter, so a campaign does
not look like (or trip the limits of) a spam burst. `sparkbot send bulk --rate` uses it; so can your loops:

```python
pacer = Pacer(per_minute=20)          # one per number
for phone in phones:
    pacer.wait()                      # or: await pacer.wait_async()
    client.messages.send_text(phone=phone, message="hi")
```
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable

import anyio

from ._errors import SparkBotValidationError


class Pacer:
    """Hands out send slots `60 / per_minute` seconds apart on average, each gap varied by up to
    `jitter` (a fraction) either way; thread-safe, and usable from sync and async code alike. The first
    slot is immediate; a caller that was idle does not get a burst to catch up."""

    def __init__(
        self,
        per_minute: float,
        *,
        jitter: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if (
            isinstance(per_minute, bool)
            or not isinstance(per_minute, (int, float))
            or not (math.isfinite(per_minute) and per_minute > 0)
        ):
            raise SparkBotValidationError("per_minute", f"must be a number above 0, got {per_minute!r}")
        if isinstance(jitter, bool) or not isinstance(jitter, (int, float)) or not 0 <= jitter < 1:
            raise SparkBotValidationError("jitter", f"must be at least 0 and below 1, got {jitter!r}")
        self.interval = 60.0 / per_minute
        self.jitter = float(jitter)
        self._clock = clock
        self._rand = rand
        self._next: float | None = None
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next slot; return the seconds to wait for it (0 if it is now)."""
        with self._lock:
            now = self._clock()
            start = now if self._next is None else max(now, self._next)
            gap = self.interval * (1 + self.jitter * (2 * self._rand() - 1))
            self._next = start + gap
            return start - now

    def wait(self) -> None:
        """Block until this caller's slot."""
        delay = self.reserve()
        if delay > 0:
            time.sleep(delay)

    async def wait_async(self) -> None:
        """Sleep (without blocking the event loop) until this caller's slot."""
        delay = self.reserve()
        if delay > 0:
            await anyio.sleep(delay)
