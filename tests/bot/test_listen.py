"""`sparkbot listen`, run as users run it (its own process): it prints what the fake delivers, and with
--register it creates the webhook for the run and deletes it on exit."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sparkbot.testing import FakeSparkBot

from .conftest import inbound, wait_until


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def listening(api_url: str, *args: str) -> Iterator[tuple[subprocess.Popen[str], int]]:
    port = free_port()
    env = {**os.environ, "SPARKBOT_API_KEY": "test-key", "SPARKBOT_BASE_URL": api_url, "COLUMNS": "200"}
    cmd = [sys.executable, "-m", "sparkbot.cli", "listen", "--port", str(port), *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:

        def up() -> bool:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                return httpx.get(f"http://127.0.0.1:{port}/").status_code == 405
            except httpx.TransportError:
                return False

        wait_until(up, timeout=20, what="sparkbot listen to start")
        yield proc, port
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=20)


def test_listen_registers_prints_and_deletes() -> None:
    fake = FakeSparkBot()
    with fake.running() as api_url:
        port = free_port()
        env = {**os.environ, "SPARKBOT_API_KEY": "test-key", "SPARKBOT_BASE_URL": api_url, "COLUMNS": "200"}
        public = f"http://127.0.0.1:{port}/"
        cmd = [sys.executable, "-m", "sparkbot.cli", "listen", "--port", str(port), "--register", public]
        cmd += ["--event", "message:in:new"]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            wait_until(lambda: len(fake.state.webhooks) == 1 or proc.poll() is not None, timeout=20)
            [hook] = fake.state.webhooks.values()
            assert hook["events"] == ["message:in:new"] and "token=" in hook["url"]
            wait_until(lambda: _up(port), timeout=20, what="the listener")
            fake.receive("hello listener", phone="+34600111333")
            fake.receive("/start", phone="+34699000111", group="120363000000000042@g.us")
            assert fake.wait_for_webhooks(10)
            logs = [log for entries in fake.state.webhook_logs.values() for log in entries]
            assert [log["responseStatus"] for log in logs] == [200, 200]
        finally:
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert fake.state.webhooks == {}  # deleted on exit
    lines = out.splitlines()
    assert len(lines) == 2
    assert "message:in:new" in lines[0] and "+34600111333" in lines[0] and '"hello listener"' in lines[0]
    assert "in 120363000000000042@g.us" in lines[1] and '"/start"' in lines[1]
    assert "registered webhook" in err and "deleted webhook" in err


def _up(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/").status_code == 405
    except httpx.TransportError:
        return False


def test_listen_json_prints_raw_events_and_checks_the_token() -> None:
    fake = FakeSparkBot()
    with fake.running() as api_url, listening(api_url, "--json", "--token", "s3cret-token") as (proc, port):
        refused = httpx.post(f"http://127.0.0.1:{port}/?token=nope", json={"event": "x"})
        assert refused.status_code == 401
        body = {"id": "e1", "event": "number:session", "data": {"status": "online"}}
        assert httpx.post(f"http://127.0.0.1:{port}/?token=s3cret-token", json=body).status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/?token=s3cret-token", json=body).json()["accepted"] == 0
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=20)
    assert [json.loads(line) for line in out.splitlines()] == [body]


def test_listen_refuses_an_unknown_event_in_one_line() -> None:
    fake = FakeSparkBot()
    with fake.running() as api_url:
        env = {**os.environ, "SPARKBOT_API_KEY": "test-key", "SPARKBOT_BASE_URL": api_url}
        cmd = [
            sys.executable,
            "-m",
            "sparkbot.cli",
            "listen",
            "--register",
            "http://x.test/",
            "--event",
            "nope",
        ]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert "event: unknown ['nope']" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_webhook_url_adds_the_token_to_any_query() -> None:
    from sparkbot.cli._listen import webhook_url

    assert webhook_url("https://x.example", "t0k") == "https://x.example/?token=t0k"
    assert webhook_url("https://x.example/hook?a=1", "t0k") == "https://x.example/hook?a=1&token=t0k"


@pytest.mark.anyio
async def test_lines_escape_markup_and_cut_long_text(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.console import Console
    from sparkbot.cli._listen import listener

    bot = listener(Console(width=400, force_terminal=False), "listen-token", as_json=False)
    body = inbound("[bold]not markup[/bold] " + "x" * 300)
    await bot.feed(json.dumps(body))
    await bot.feed(json.dumps({"id": "s", "event": "number:session", "data": {"status": "online"}}))
    await bot.drain()
    first, second = capsys.readouterr().out.splitlines()
    assert "message:in:new +34600111333" in first and "[bold]not markup[/bold]" in first
    assert first.endswith('…"') and len(first) < 300
    assert second.endswith("number:session online")
