"""Bot test helpers: a uvicorn server on a free loopback port, a real redis-server, webhook bodies."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import pytest

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server on a free loopback port with a temporary directory, stopped at the end.

    Missing redis-server fails in CI (CI installs it: .ci/run) and skips elsewhere, saying how to get it."""
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must run the Redis tests")
        pytest.skip(message)
    workdir = tempfile.mkdtemp(prefix="sparkbot-redis-")
    port = _free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", workdir, "--save", ""]
    args += ["--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
