"""Network faults over real loopback sockets, driven through the public SparkBot / AsyncSparkBot calls.

Each call must end quickly in a typed error (or succeed after retries), never re-send a POST the server
may have seen, close every connection it opened, and never print the API key (see conftest).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pytest
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot._transport import RetryTransport

from ..conftest import API_KEY, DEVICE
from .conftest import FaultServer, raw_reply, reset, respond, stall, truncated

MODES = ["sync", "async"]
PHONE = "+34600111222"
SESSION = {"id": DEVICE, "device": DEVICE, "status": "online"}
MESSAGE = {"id": "6f0c1a2b3c4d5e6f7a8b9c0d", "status": "queued"}
TIMEOUT = 0.5
LIMIT = 5.0
"""Generous wall-time bound of any one call in this file."""


@dataclass
class Outcome:
    value: Any = None
    error: Exception | None = None
    seconds: float = 0.0
    pool_after_close: list[Any] = field(default_factory=list)


def pool_connections(client: SparkBot | AsyncSparkBot) -> list[Any]:
    """The connections held by the client's httpx pool (RetryTransport -> HTTPTransport -> httpcore pool)."""
    transport = client._http._transport
    if isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):  # a caller's http_client
        return list(transport._pool.connections)
    assert isinstance(transport, RetryTransport)
    if isinstance(client, SparkBot):
        inner: Any = transport._transport
        assert isinstance(inner, httpx.HTTPTransport)
    else:
        inner = transport._async_transport
        assert isinstance(inner, httpx.AsyncHTTPTransport)
    return list(inner._pool.connections)


def call(mode: str, base_url: str, action: str, **options: Any) -> Outcome:
    """Run one GET (`sessions.sync`) or POST (`messages.send_text`), then close the client."""
    options = {"api_key": API_KEY, "base_url": base_url, "timeout": TIMEOUT, **options}
    out = Outcome()
    if mode == "sync":
        client = SparkBot(**options)
        start = time.monotonic()
        try:
            if action == "get":
                out.value = client.sessions.sync(DEVICE)
            else:
                out.value = client.messages.send_text(device=DEVICE, phone=PHONE, message="hi")
        except sparkbot.SparkBotError as exc:
            out.error = exc
        out.seconds = time.monotonic() - start
        client.close()
        out.pool_after_close = pool_connections(client)
        return out

    async def run() -> None:
        aclient = AsyncSparkBot(**options)
        start = time.monotonic()
        try:
            if action == "get":
                out.value = await aclient.sessions.sync(DEVICE)
            else:
                out.value = await aclient.messages.send_text(device=DEVICE, phone=PHONE, message="hi")
        except sparkbot.SparkBotError as exc:
            out.error = exc
        out.seconds = time.monotonic() - start
        await aclient.close()
        out.pool_after_close = pool_connections(aclient)

    anyio.run(run)
    return out


def assert_clean(out: Outcome, server: FaultServer | None = None) -> None:
    """The call ended in time, left nothing in the pool and no socket open, and hid the key."""
    assert out.seconds < LIMIT
    assert out.pool_after_close == []
    if server is not None:
        assert server.wait_all_closed() == 0, "a connection was left open after client.close()"
        assert all(r.headers["token"] == API_KEY for r in server.received)  # the key was in play
    if out.error is not None:
        assert API_KEY not in str(out.error) and API_KEY not in repr(out.error)


def ok(action: str) -> Any:
    return respond(200, SESSION) if action == "get" else respond(201, MESSAGE)


def check_value(action: str, value: Any) -> None:
    if action == "get":
        assert (value.id, value.status) == (DEVICE, "online")
    else:
        assert value.id == MESSAGE["id"]


# --- connection refused ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action", ["get", "post"])
def test_connection_refused(
    mode: str, action: str, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    out = call(mode, f"http://127.0.0.1:{closed_port}/v1", action, max_retries=1)
    assert type(out.error) is sparkbot.APIConnectionError
    assert "ConnectError" in str(out.error)
    assert "retrying" in caplog.text  # nothing reached a server, so even the POST is tried again
    assert_clean(out)


# --- reset while the response arrives --------------------------------------------------------------------

PARTIAL_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/js"


@pytest.mark.parametrize("mode", MODES)
def test_reset_mid_headers_get_is_retried(mode: str, server: FaultServer) -> None:
    server.script(reset(PARTIAL_HEAD), ok("get"))
    out = call(mode, server.base_url, "get", max_retries=1)
    assert out.error is None
    check_value("get", out.value)
    assert len(server.received) == 2
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_reset_mid_headers_post_is_not_resent(mode: str, server: FaultServer) -> None:
    server.script(reset(PARTIAL_HEAD), ok("post"))
    out = call(mode, server.base_url, "post", max_retries=2)
    assert type(out.error) is sparkbot.APIConnectionError
    assert len(server.received) == 1
    assert json.loads(server.received[0].body)["message"] == "hi"
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action", ["get", "post"])
def test_reset_mid_body(mode: str, action: str, server: FaultServer) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 80\r\n\r\n"
    server.script(reset(head + b'{"id": "5f0c'))
    out = call(mode, server.base_url, action, max_retries=0)
    assert type(out.error) is sparkbot.APIConnectionError
    assert len(server.received) == 1
    assert_clean(out, server)


# --- a server that stops talking -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("action", "retries", "attempts"), [("get", 0, 1), ("get", 1, 2), ("post", 2, 1)])
def test_stall_times_out(mode: str, action: str, retries: int, attempts: int, server: FaultServer) -> None:
    server.script(stall())
    out = call(mode, server.base_url, action, max_retries=retries)
    assert type(out.error) is sparkbot.APITimeoutError
    assert out.seconds >= TIMEOUT * attempts * 0.9
    assert len(server.received) == attempts  # a POST the server may have seen is never sent again
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_slow_drip_body_times_out(mode: str, server: FaultServer) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
    server.script(stall(head + b'{"id"', drip=b': "5f0c', interval=0.1))
    out = call(mode, server.base_url, "get", max_retries=0)
    assert type(out.error) is sparkbot.APITimeoutError
    assert len(server.sent) == 1 + 7  # the head and every dripped byte went out before the timeout
    # The timeout bounds each read, not the whole call: the drip (gaps under TIMEOUT) kept it alive.
    assert out.seconds >= 0.7 + TIMEOUT * 0.9
    assert_clean(out, server)


# --- a body shorter than its Content-Length --------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action", ["get", "post"])
def test_short_body(mode: str, action: str, server: FaultServer) -> None:
    server.script(truncated(100, b'{"id": "5f0c1a2b'), ok(action))
    out = call(mode, server.base_url, action, max_retries=0)
    assert type(out.error) is sparkbot.APIConnectionError
    assert "RemoteProtocolError" in str(out.error)
    assert len(server.received) == 1
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_short_body_get_is_retried(mode: str, server: FaultServer) -> None:
    server.script(truncated(100, b'{"id": "5f0c1a2b'), ok("get"))
    out = call(mode, server.base_url, "get", max_retries=1)
    assert len(server.received) == 2
    assert out.error is None
    assert_clean(out, server)


def test_short_body_post_is_not_resent(server: FaultServer) -> None:
    server.script(truncated(100, b'{"id": "6f0c'), ok("post"))
    out = call("sync", server.base_url, "post", max_retries=2)
    assert type(out.error) is sparkbot.APIConnectionError
    assert len(server.received) == 1
    assert_clean(out, server)


# --- rate limits and server errors -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("action", ["get", "post"])
def test_429_then_success(mode: str, action: str, server: FaultServer) -> None:
    server.script(respond(429, {"message": "slow down"}, {"Retry-After": "0"}), ok(action))
    out = call(mode, server.base_url, action)
    assert out.error is None
    check_value(action, out.value)
    assert len(server.received) == 2  # a 429 was not processed, so even the POST is sent again
    assert server.received[0].body == server.received[1].body
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_429_until_retries_run_out(mode: str, server: FaultServer) -> None:
    server.script(respond(429, {"message": "slow down"}, {"Retry-After": "0"}))
    out = call(mode, server.base_url, "post", max_retries=2)
    assert isinstance(out.error, sparkbot.RateLimitError)
    assert (out.error.status_code, out.error.retry_after) == (429, 0.0)
    assert "slow down" in str(out.error)
    assert len(server.received) == 3
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_503_post_is_not_resent(mode: str, server: FaultServer) -> None:
    server.script(respond(503, {"message": "busy"}), ok("post"))
    out = call(mode, server.base_url, "post", max_retries=2)
    assert isinstance(out.error, sparkbot.InternalServerError)
    assert len(server.received) == 1  # no Retry-After: the server may have processed it
    assert_clean(out, server)


# --- bodies that cannot be read (issue 11, defect 1): typed errors, never httpx's or RecursionError -------

DEEP = b"[" * 100_000 + b"]" * 100_000
UNREADABLE = {
    "gzip declared, plain sent": (
        {"Content-Type": "application/json", "Content-Encoding": "gzip"},
        b'{"id": 1}',
    ),
    "deflate declared, garbage": (
        {"Content-Type": "application/json", "Content-Encoding": "deflate"},
        b"\x00\x01",
    ),
    "deeply nested JSON": ({"Content-Type": "application/json"}, DEEP),
    "unknown charset": ({"Content-Type": "application/json; charset=x-nope"}, b'{"id": "\xff"}'),
    "not UTF-8": ({"Content-Type": "application/json"}, b'{"id": "\xff\xfe"}'),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 201, 400, 500])
@pytest.mark.parametrize("case", list(UNREADABLE))
def test_unreadable_bodies_are_typed_errors(mode: str, status: int, case: str, server: FaultServer) -> None:
    headers, body = UNREADABLE[case]
    server.script(raw_reply(status, headers, body))
    out = call(mode, server.base_url, "post" if status == 201 else "get", max_retries=0)
    assert isinstance(out.error, sparkbot.SparkBotError), f"{out.error!r} / {out.value!r}"
    if status < 300:
        assert isinstance(out.error, sparkbot.APIResponseValidationError)
        assert out.error.status_code == status
    else:
        assert isinstance(out.error, sparkbot.APIStatusError) and out.error.status_code == status
    assert len(server.received) == 1
    assert_clean(out, server)


GZIP_LIE = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("own", [False, True], ids=["sdk client", "caller client"])
def test_a_body_that_fails_to_decode_is_a_typed_error_with_retries_on(
    mode: str, own: bool, server: FaultServer
) -> None:
    """With retries on, a GET whose gzip body is plain is an APIResponseValidationError, asked once."""
    server.script(raw_reply(200, GZIP_LIE, b'{"id": 1}'))
    given = {"http_client": httpx.Client() if mode == "sync" else httpx.AsyncClient()} if own else {}
    out = call(mode, server.base_url, "get", max_retries=2, **given)
    assert isinstance(out.error, sparkbot.APIResponseValidationError), repr(out.error)
    assert out.error.status_code == 200 and "DecodingError: the body does not decode" in str(out.error)
    assert len(server.received) == 1  # a body that does not decode is no transient failure
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("action", "status"), [("get", 503), ("post", 429)])
def test_a_retried_reply_whose_body_fails_to_decode_is_dropped(
    mode: str, action: str, status: int, server: FaultServer
) -> None:
    """A 503 (GET) or 429 (POST) whose gzip body is plain is dropped like any retried reply."""
    server.script(raw_reply(status, {**GZIP_LIE, "Retry-After": "0"}, b"busy"), ok(action))
    out = call(mode, server.base_url, action, max_retries=2)
    check_value(action, out.value)
    assert len(server.received) == 2
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_a_tls_handshake_that_never_answers_times_out_at_the_connect_timeout(
    mode: str, server: FaultServer
) -> None:
    """An https server that takes the connection but never answers the TLS hello: APITimeoutError in time."""
    server.script(stall())
    out = call(mode, f"https://127.0.0.1:{server.port}/v1", "get", max_retries=0)
    assert isinstance(out.error, sparkbot.APITimeoutError), repr(out.error)
    assert_clean(out, server)


def test_a_post_after_the_server_closed_an_idle_connection_goes_on_a_fresh_one(server: FaultServer) -> None:
    """The server closes a kept-alive connection while it idles: the next POST is sent once, on a new one."""
    answer_then_close = respond(200, SESSION)
    server.script(lambda conn, srv: answer_then_close(conn, srv) and False, respond(201, MESSAGE))
    with SparkBot(api_key=API_KEY, base_url=server.base_url, timeout=TIMEOUT, max_retries=2) as client:
        client.sessions.sync(DEVICE)
        assert server.wait_all_closed() == 0
        sent = client.messages.send_text(device=DEVICE, phone=PHONE, message="hi")
    assert sent.id == MESSAGE["id"]
    assert len(server.received) == 2


# --- a total deadline (issue 11, defect 5) ----------------------------------------------------------------

DEADLINE = 1.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["headers", "body"])
def test_deadline_stops_a_drip_that_per_read_timeouts_never_catch(
    mode: str, where: str, server: FaultServer
) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n"
    after, drip = (
        (b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 60) if where == "headers" else (head, b" " * 60)
    )
    server.script(stall(after, drip=drip, interval=0.1))  # 6 s of bytes, each well within TIMEOUT
    out = call(mode, server.base_url, "get", max_retries=2, deadline=DEADLINE)
    assert type(out.error) is sparkbot.APITimeoutError
    assert DEADLINE * 0.9 <= out.seconds < DEADLINE + 0.3
    assert len(server.received) == 1  # no retry started that could not finish in time
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_deadline_bounds_retries_and_backoff(mode: str, server: FaultServer) -> None:
    server.script(stall())  # each attempt times out after TIMEOUT; unbounded, 3 attempts + backoff > 2.5 s
    out = call(mode, server.base_url, "get", max_retries=2, deadline=DEADLINE)
    assert type(out.error) is sparkbot.APITimeoutError
    assert out.seconds < DEADLINE + 0.3
    assert 1 <= len(server.received) <= 2
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_retry_that_would_end_after_the_deadline_is_not_started(mode: str, server: FaultServer) -> None:
    server.script(respond(503, {"message": "busy"}, {"Retry-After": "5"}), ok("get"))
    out = call(mode, server.base_url, "get", max_retries=2, deadline=DEADLINE)
    assert isinstance(out.error, sparkbot.InternalServerError)  # the last answer, at once
    assert out.seconds < 0.5
    assert len(server.received) == 1
    assert_clean(out, server)


@pytest.mark.parametrize("mode", MODES)
def test_deadline_leaves_quick_calls_and_retries_alone(mode: str, server: FaultServer) -> None:
    server.script(respond(503, {"message": "busy"}, {"Retry-After": "0"}), ok("get"))
    out = call(mode, server.base_url, "get", max_retries=2, deadline=DEADLINE)
    assert out.error is None
    check_value("get", out.value)
    assert len(server.received) == 2
    assert_clean(out, server)


# --- refused before the network (issue 11, defects 1-3): over a real socket, nothing arrives --------------

REFUSED = {
    "dot-dot path id": lambda c: c.user_status.get("..", DEVICE),
    "CRLF header value": lambda c: c.sessions.sync(DEVICE, extra_headers={"X-A": "a\r\nX-B: c"}),
    "non-ASCII header value": lambda c: c.sessions.sync(DEVICE, extra_headers={"X-A": "ñ"}),
    "1 MB query": lambda c: next(c.messages.list(search="x" * 1_000_000).pages()),
    "negative max_retries": lambda c: c.sessions.sync(DEVICE, max_retries=-1),
    "nan timeout": lambda c: c.sessions.sync(DEVICE, timeout=float("nan")),
    "lone surrogate": lambda c: c.messages.send_text(device=DEVICE, phone=PHONE, message="\ud800"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_calls_never_reach_the_server(case: str, server: FaultServer) -> None:
    server.script(ok("get"))
    client = SparkBot(api_key=API_KEY, base_url=server.base_url, timeout=TIMEOUT)
    with client, pytest.raises(sparkbot.SparkBotValidationError):
        REFUSED[case](client)
    assert server.received == []
