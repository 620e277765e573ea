"""`bot.run()` and `bot.serving()` really serving on loopback: deliveries reach the handlers, uvicorn options
pass through, and `run` returns when the process is told to stop."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sparkbot.bot import Bot, Context

from .conftest import TOKEN, inbound, wait_until


def recording_bot() -> tuple[Bot, list[str]]:
    bot = Bot(None, token=TOKEN)
    seen: list[str] = []

    @bot.on_message()
    async def record(ctx: Context) -> None:
        seen.append(ctx.text or "")

    return bot, seen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serving_answers_on_a_free_loopback_port() -> None:
    """`with bot.serving() as url:` handles deliveries at url, passes uvicorn options, and two bots fit."""
    bot, seen = recording_bot()
    other, _ = recording_bot()
    port = free_port()
    with bot.serving(server_header=False) as url, other.serving(port=port) as other_url:
        assert url.startswith("http://127.0.0.1:") and other_url == f"http://127.0.0.1:{port}"
        assert url != other_url
        assert int(url.rpartition(":")[2]) >= 1024  # by default a port the system picks, never a fixed one
        response = httpx.post(f"{url}/?token={TOKEN}", json=inbound("served"))
        assert response.json() == {"ok": True, "accepted": 1}
        assert "server" not in response.headers  # server_header=False reached uvicorn
        assert httpx.post(f"{other_url}/?token={TOKEN}", json={}).headers["server"] == "uvicorn"
        wait_until(lambda: seen, what="the handler")
    assert seen == ["served"]


@pytest.fixture
def uvicorn_log() -> Iterator[list[str]]:
    """uvicorn's own log lines, its loggers left at warning first (as `bot.serving()` leaves them)."""
    logger = logging.getLogger("uvicorn.error")
    lines: list[str] = []

    class Lines(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(f"{record.levelname} {record.getMessage()}")

    handler = Lines()
    level = logger.level
    logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    yield lines
    logger.removeHandler(handler)
    logger.setLevel(level)


def run_one_delivery(bot: Bot, seen: list[str], url: str, text: str, **run: Any) -> list[httpx.Response]:
    """`bot.run(**run)` in this (the main) thread; a thread waits for it to answer at `url`, delivers one
    message, waits for the handler, then stops the run with SIGTERM. Returns the delivery's answer."""
    answers: list[httpx.Response] = []

    def deliver_then_stop() -> None:
        try:
            wait_until(lambda: _up(url), what=f"bot.run() to serve at {url}")
            answers.append(httpx.post(f"{url}/?token={TOKEN}", json=inbound(text)))
            wait_until(lambda: seen, what="the handler")
        finally:
            os.kill(os.getpid(), signal.SIGTERM)

    # uvicorn stops on SIGTERM, then raises it again for the handler it found: make that one harmless
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    thread = threading.Thread(target=deliver_then_stop)
    thread.start()
    try:
        bot.run(**run)
    finally:
        thread.join()
        signal.signal(signal.SIGTERM, previous)
    return answers


@pytest.mark.parametrize("where", [{}, {"host": "localhost"}], ids=["default host", "localhost"])
def test_run_serves_until_the_process_is_told_to_stop(where: dict[str, Any], uvicorn_log: list[str]) -> None:
    """`bot.run()` serves deliveries, logs where at info, and returns on SIGTERM after handlers ran."""
    bot, seen = recording_bot()
    port = free_port()
    url = f"http://{where.get('host', '127.0.0.1')}:{port}"
    answers = run_one_delivery(
        bot, seen, url, "run", port=port, log_config=None, server_header=False, **where
    )
    assert seen == ["run"] and [a.status_code for a in answers] == [200]
    assert "server" not in answers[0].headers
    assert f"INFO Uvicorn running on {url} (Press CTRL+C to quit)" in uvicorn_log
    assert not [line for line in uvicorn_log if line.startswith("ERROR")]  # a clean lifespan shutdown too


def _up(url: str) -> bool:
    try:
        return httpx.get(f"{url}/").status_code == 405
    except httpx.TransportError:
        return False


def _free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def test_run_without_a_port_serves_loopback_port_8000(uvicorn_log: list[str]) -> None:
    """`bot.run()` with no host or port serves 127.0.0.1:8000, as the README says. Where 8000 is taken
    (a busy test machine), uvicorn's refusal names that address instead."""
    bot, seen = recording_bot()
    url = "http://127.0.0.1:8000"
    if not _free(8000):
        with pytest.raises(SystemExit):
            bot.run(log_config=None)
        assert any("('127.0.0.1', 8000)" in line for line in uvicorn_log), uvicorn_log
        return

    run_one_delivery(bot, seen, url, "default port", log_config=None)
    assert seen == ["default port"]
