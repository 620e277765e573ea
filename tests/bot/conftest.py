"""Bot test helpers: a uvicorn server on a free loopback port, a real redis-server, webhook bodies."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sparkbot.testing import redis_server

TOKEN = "bot-token-7d1c9a"
DEVICE = {"id": "6650f1a2b3c4d5e6f7a8b9c0", "phone": "+34600111222", "alias": "main", "plan": "professional"}


def serve(app: Any) -> Any:
    """Serve an ASGI app like `Bot.serving` does: uvicorn, lifespan on, a free loopback port."""
    from sparkbot.bot._serve import serving

    return serving(app)


def inbound(
    text: str = "hi",
    *,
    event_id: str = "evt-1",
    message_id: str = "3EB0AAAA0000000000000001",
    phone: str = "+34600111333",
    chat: str | None = None,
    chat_type: str = "chat",
    kind: str = "text",
    labels: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message:in:new delivery in the envelope SparkBot posts."""
    chat_id = chat or phone.lstrip("+") + "@c.us"
    data: dict[str, Any] = {
        "id": message_id,
        "type": kind,
        "flow": "inbound",
        "body": text,
        "fromNumber": phone,
        "from": phone.lstrip("+") + "@c.us",
        "chat": {"id": chat_id, "type": chat_type, "labels": labels or []},
        **extra,
    }
    return {
        "id": event_id,
        "object": "message",
        "event": "message:in:new",
        "device": dict(DEVICE),
        "data": data,
    }


def wait_until(check: Any, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free loopback port (`sparkbot.testing.redis_server`), for the session.

    No redis-server fails in CI (.ci/run installs it) and skips elsewhere, saying how to get it."""
    if shutil.which("redis-server") is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the Redis tests")
        pytest.skip(message)
    with redis_server() as url:
        yield url
