"""`sparkbot listen`, run as users run it (its own process, and its function in this process, stopped by a
real SIGINT): it prints what the fake delivers, and with --register it creates the webhook for the run and
deletes it on exit."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from rich.console import Console
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


def _up(port: int, host: str = "127.0.0.1") -> bool:
    try:
        return httpx.get(f"http://{host}:{port}/").status_code == 405
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


@pytest.mark.anyio
async def test_each_line_shows_time_sender_chat_kind_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    """A line: the event's time (UTC), name, sender, the chat only for groups, a kind other than text,
    the text quoted (whole up to 200 characters, else 199 and an ellipsis)."""
    from sparkbot.cli._listen import listener

    bot = listener(Console(width=400, force_terminal=False), "listen-token", as_json=False)

    def message(text: str, n: int, **fields: str) -> dict[str, object]:
        return inbound(text, event_id=f"e{n}", message_id=f"3EB0AAAA00000000000000{n:02d}", **fields)

    group = {"phone": "+34699000111", "chat": "120363000000000042@g.us", "chat_type": "group"}
    bodies = [
        message("hello", 1) | {"created": "2026-12-01T10:11:12Z"},
        message("/start", 2, **group),
        message("a cat", 3, kind="image"),
        {"id": "e4", "event": "message:reaction", "data": {"kind": "reaction"}},
        message("y" * 200, 5),
        message("z" * 201, 6),
    ]
    for body in bodies:
        await bot.feed(json.dumps(body))
        await bot.drain()
    assert capsys.readouterr().out.splitlines() == [
        '10:11:12 message:in:new +34600111333 "hello"',
        'message:in:new +34699000111 in 120363000000000042@g.us "/start"',
        'message:in:new +34600111333 image "a cat"',
        "message:reaction reaction",
        f'message:in:new +34600111333 "{"y" * 200}"',
        f'message:in:new +34600111333 "{"z" * 199}…"',
    ]


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSparkBot]:
    """The fake over loopback HTTP, configured as a user configures the CLI."""
    fake = FakeSparkBot()
    with fake.running() as url:
        monkeypatch.setenv("SPARKBOT_API_KEY", fake.api_key)
        monkeypatch.setenv("SPARKBOT_BASE_URL", url)
        yield fake


def until_ctrl_c(
    port: int, run: Callable[[], None], meanwhile: Callable[[], None], host: str = "127.0.0.1"
) -> None:
    """`run()` the listener here, in the main thread as the CLI does; once it answers on `port`,
    `meanwhile()` runs on a thread, then a SIGINT (Ctrl-C) stops the listener."""
    finished = threading.Event()
    failed: list[BaseException] = []

    def drive() -> None:
        try:
            wait_until(lambda: finished.is_set() or _up(port, host), timeout=20, what="the listener")
            if not finished.is_set():
                meanwhile()
        except BaseException as exc:  # re-raised in the test's thread
            failed.append(exc)
        finally:
            if not finished.is_set():
                os.kill(os.getpid(), signal.SIGINT)

    driver = threading.Thread(target=drive)
    driver.start()
    try:
        run()
    finally:
        finished.set()
        driver.join(30)
    if failed:
        raise failed[0]


def test_listen_registers_its_webhook_prints_events_and_deletes_it_on_ctrl_c(
    api: FakeSparkBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """--register: a webhook named `sparkbot listen` to the public URL plus a random 24-character token,
    for the chosen events and number; each event printed; deleted on Ctrl-C; stderr tells each step."""
    from sparkbot.cli._listen import listen

    port = free_port()
    public = f"http://127.0.0.1:{port}/?from=test"
    hooks: list[dict[str, object]] = []

    def deliver() -> None:
        hooks.extend(api.state.webhooks.values())
        api.receive("hello listener", phone="+34600111333")
        assert api.wait_for_webhooks(10)

    def run() -> None:
        listen(
            Console(width=200), host="127.0.0.1", port=port, register=public, token=None, as_json=False,
            events=["message:in:new"], device=api.device_id,
        )  # fmt: skip

    until_ctrl_c(port, run, deliver)
    [hook] = hooks
    token = str(hook["url"]).removeprefix(public + "&token=")
    assert re.fullmatch(r"[A-Za-z0-9_-]{24}", token), hook["url"]
    assert (hook["name"], hook["events"], hook["device"]) == (
        "sparkbot listen",
        ["message:in:new"],
        api.device_id,
    )
    assert api.state.webhooks == {}
    out, err = capfd.readouterr()
    assert out.endswith('message:in:new +34600111333 "hello listener"\n') and out.count("\n") == 1
    assert " ".join(err.split()) == (
        f"registered webhook {hook['id']} -> {public} (1 events) "
        f"listening on http://127.0.0.1:{port}/?token={token} (Ctrl-C stops) deleted webhook {hook['id']}"
    )


def test_listen_json_without_register_prints_raw_events_and_only_its_own_line(
    api: FakeSparkBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """--json, no --register: each accepted event as one raw JSON line on stdout; a wrong token is refused;
    stderr holds the listening line only (no server logs); nothing is asked of the API. It binds the
    --host given (127.0.0.2 here, another loopback address), not the default."""
    from sparkbot.cli._listen import listen

    port = free_port()
    body = {"id": "e1", "event": "number:session", "data": {"status": "online", "note": "señal ✓"}}

    def post() -> None:
        assert httpx.post(f"http://127.0.0.2:{port}/?token=nope", json=body).status_code == 401
        assert httpx.post(f"http://127.0.0.2:{port}/?token=s3cret-token", json=body).status_code == 200
        with pytest.raises(httpx.ConnectError):  # bound to that address only, not to every interface
            httpx.post(f"http://127.0.0.1:{port}/?token=s3cret-token", json=body)

    def run() -> None:
        listen(
            Console(), host="127.0.0.2", port=port, register=None, token="s3cret-token", as_json=True,
            events=(), device=None,
        )  # fmt: skip

    until_ctrl_c(port, run, post, host="127.0.0.2")
    out, err = capfd.readouterr()
    assert out == json.dumps(body, ensure_ascii=False) + "\n"
    assert err == f"listening on http://127.0.0.2:{port}/?token=s3cret-token (Ctrl-C stops)\n"
    assert api.requests == []


def test_listen_refuses_unknown_events_before_creating_anything(api: FakeSparkBot) -> None:
    """An unknown --event: the error names the field, the wrong names and every valid one; no request."""
    from sparkbot import SparkBotValidationError
    from sparkbot.cli._listen import listen
    from sparkbot.webhooks import EVENTS

    with pytest.raises(SparkBotValidationError) as info:
        listen(
            Console(), host="127.0.0.1", port=free_port(), register="http://x.test/", token=None,
            as_json=False, events=["nope", "message:in:new", "bad"], device=None,
        )  # fmt: skip
    assert str(info.value) == f"event: unknown ['bad', 'nope']; one of {', '.join(EVENTS)}"
    assert api.requests == []
