"""Tests for sparkbot._transport: the retry policy, driven through real httpx.Client / httpx.AsyncClient."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import anyio
import httpx
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st
from sparkbot._transport import (
    DEADLINE,
    DEFAULT_MAX_RETRIES,
    INITIAL_BACKOFF,
    MAX_BACKOFF,
    MAX_RETRY_AFTER,
    ClientTransport,
    RetryTransport,
    parse_retry_after,
    redact_url,
)

from .conftest import EXAMPLES_FACTOR

URL = "https://api.test/messages"
MODES = ["sync", "async"]

# An outcome is an exception class (raised by the inner transport), a status, or (status, headers).
Outcome = type[Exception] | int | tuple[int, dict[str, str]]


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was closed (sync or async)."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.body[:3]  # in two chunks, as a network body comes
        yield self.body[3:]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body[:3]
        yield self.body[3:]

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Scripted(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Inner transport that plays a script of outcomes and records what it saw."""

    def __init__(self, outcomes: Sequence[Outcome]) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes | None] = []
        self.streams: list[TrackedStream] = []
        self.previous_closed_at_send: list[bool] = []
        self.closed = False
        self.aclosed = False

    def _next(self, request: httpx.Request) -> httpx.Response:
        assert self.outcomes, "RetryTransport made more attempts than the script allows"
        self.previous_closed_at_send.append(all(s.closed for s in self.streams))
        self.requests.append(request)
        stream = request.stream
        self.bodies.append(b"".join(stream) if isinstance(stream, httpx.ByteStream) else None)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, type):
            raise outcome(f"scripted {outcome.__name__}")
        status, headers = (outcome, {}) if isinstance(outcome, int) else outcome
        headers = {**headers, "x-attempt": str(len(self.requests))}
        body = TrackedStream(b"attempt %d" % len(self.requests))
        self.streams.append(body)
        return httpx.Response(status, headers=headers, stream=body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.aclosed = True


@dataclass
class Harness:
    mode: str
    inner: Scripted
    sleeps: list[float] = field(default_factory=list)
    transport: RetryTransport = field(init=False)
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        async def async_sleep(delay: float) -> None:
            self.sleeps.append(delay)

        self.options.setdefault("random", lambda: 0.0)
        self.transport = RetryTransport(
            self.inner, self.inner, sleep=self.sleeps.append, async_sleep=async_sleep, **self.options
        )

    @property
    def attempts(self) -> int:
        return len(self.inner.requests)

    def request(self, method: str, url: str = URL, **kwargs: Any) -> httpx.Response:
        if self.mode == "sync":
            with httpx.Client(transport=self.transport) as client:
                return client.request(method, url, **kwargs)

        async def go() -> httpx.Response:
            async with httpx.AsyncClient(transport=self.transport) as client:
                return await client.request(method, url, **kwargs)

        return anyio.run(go)


def harness(mode: str, outcomes: Sequence[Outcome], **options: Any) -> Harness:
    return Harness(mode, Scripted(outcomes), options=options)


RA = {"Retry-After": "1"}


# --- which outcomes are retried --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
@pytest.mark.parametrize(
    "first",
    [
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.RemoteProtocolError,
        httpx.ReadError,
        500,
        502,
        503,
        504,
        408,
        429,
    ],
)
def test_idempotent_request_is_retried_once_then_succeeds(mode: str, method: str, first: Outcome) -> None:
    h = harness(mode, [first, 200])
    response = h.request(method, content=b"payload" if method == "PUT" else None)
    assert response.status_code == 200
    assert response.headers["x-attempt"] == "2"
    assert h.attempts == 2
    assert h.sleeps == [INITIAL_BACKOFF]
    if method == "PUT":
        assert h.inner.bodies == [b"payload", b"payload"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("first", [httpx.ConnectError, httpx.ConnectTimeout, 429, (429, RA), (503, RA)])
def test_post_retried_only_when_not_processed(mode: str, first: Outcome) -> None:
    h = harness(mode, [first, 201])
    response = h.request("POST", json={"text": "hi"})
    assert response.status_code == 201
    assert h.attempts == 2
    assert h.inner.bodies[0] == h.inner.bodies[1] == b'{"text":"hi"}'


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError]
)
def test_post_not_retried_after_error_that_may_have_reached_server(
    mode: str, method: str, error: type[Exception]
) -> None:
    h = harness(mode, [error, 201])
    with pytest.raises(error):
        h.request(method, json={"text": "hi"})
    assert h.attempts == 1
    assert h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [408, 500, 502, 504, 503, (503, {"Retry-After": "soon"})])
def test_post_not_retried_after_status_that_may_have_been_processed(
    mode: str, method: str, status: int | tuple[int, dict[str, str]]
) -> None:
    h = harness(mode, [status, 201])
    response = h.request(method, json={"text": "hi"})
    assert response.status_code == (status if isinstance(status, int) else status[0])
    assert response.headers["x-attempt"] == "1"
    assert h.attempts == 1
    assert h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 501])
def test_other_statuses_are_returned_without_retry(mode: str, status: int) -> None:
    h = harness(mode, [status, 200])
    assert h.request("GET").status_code == status
    assert h.attempts == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("error", [httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.LocalProtocolError])
def test_other_transport_errors_are_not_retried(mode: str, error: type[Exception]) -> None:
    h = harness(mode, [error, 200])
    with pytest.raises(error):
        h.request("GET")
    assert h.attempts == 1


# --- per-request overrides -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_idempotent_extension_makes_post_retryable(mode: str) -> None:
    h = harness(mode, [httpx.ReadTimeout, 500, 200])
    response = h.request("POST", json={}, extensions={"sparkbot_idempotent": True})
    assert response.status_code == 200
    assert h.attempts == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("first", [httpx.ReadTimeout, 500, 503])
def test_idempotent_extension_false_protects_get(mode: str, first: Outcome) -> None:
    h = harness(mode, [first, 200])
    if isinstance(first, type):
        with pytest.raises(first):
            h.request("GET", extensions={"sparkbot_idempotent": False})
    else:
        assert h.request("GET", extensions={"sparkbot_idempotent": False}).status_code == first
    assert h.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_idempotent_extension_false_still_retries_connect_error(mode: str) -> None:
    h = harness(mode, [httpx.ConnectError, 200])
    assert h.request("GET", extensions={"sparkbot_idempotent": False}).status_code == 200
    assert h.attempts == 2


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_extension_zero_means_single_attempt(mode: str) -> None:
    h = harness(mode, [503, 200])
    assert h.request("GET", extensions={"sparkbot_max_retries": 0}).status_code == 503
    assert h.attempts == 1
    assert h.sleeps == []


@pytest.mark.parametrize("mode", MODES)
def test_max_retries_extension_five_allows_six_attempts(mode: str) -> None:
    h = harness(mode, [httpx.ConnectError] * 6 + [200])
    with pytest.raises(httpx.ConnectError):
        h.request("GET", extensions={"sparkbot_max_retries": 5})
    assert h.attempts == 6
    assert len(h.sleeps) == 5

    h = harness(mode, [503] * 5 + [200])
    assert h.request("GET", extensions={"sparkbot_max_retries": 5}).status_code == 200
    assert h.attempts == 6


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("extensions", "error", "message"),
    [
        ({"sparkbot_max_retries": "3"}, TypeError, "['sparkbot_max_retries'] must be an int, got '3'"),
        ({"sparkbot_max_retries": True}, TypeError, "['sparkbot_max_retries'] must be an int, got True"),
        ({"sparkbot_max_retries": -1}, ValueError, "['sparkbot_max_retries'] must be >= 0, got -1"),
        ({"sparkbot_idempotent": "yes"}, TypeError, "['sparkbot_idempotent'] must be a bool, got 'yes'"),
    ],
)
def test_invalid_extensions_are_rejected(
    mode: str, extensions: dict[str, Any], error: type[Exception], message: str
) -> None:
    """A bad per-request extension is refused before any attempt, naming the extension and the value."""
    h = harness(mode, [200])
    with pytest.raises(error) as info:
        h.request("GET", extensions=extensions)
    assert str(info.value) == f"request.extensions{message}"
    assert h.attempts == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "attempts"), [("GET", 2), ("POST", 1)])
def test_idempotent_extension_none_leaves_it_to_the_method(mode: str, method: str, attempts: int) -> None:
    """`sparkbot_idempotent: None` is no override: a GET is retried on a 500, a POST is not."""
    h = harness(mode, [500, 200])
    h.request(method, extensions={"sparkbot_idempotent": None})
    assert h.attempts == attempts


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"^max_retries must be >= 0, got -1$"):
        RetryTransport(Scripted([]), max_retries=-1)


# --- exhaustion ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_exhausted_retries_return_the_last_response(mode: str) -> None:
    h = harness(mode, [503, 502, 500, 200])
    response = h.request("GET")
    assert response.status_code == 500
    assert response.headers["x-attempt"] == "3"
    assert response.text == "attempt 3"
    assert h.attempts == DEFAULT_MAX_RETRIES + 1


@pytest.mark.parametrize("mode", MODES)
def test_exhausted_retries_raise_the_last_error(mode: str) -> None:
    h = harness(mode, [httpx.ConnectError, 429, httpx.ConnectTimeout, 200])
    with pytest.raises(httpx.ConnectTimeout):
        h.request("POST", json={})
    assert h.attempts == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_constructor_max_retries(mode: str, max_retries: int) -> None:
    h = harness(mode, [429] * 10, max_retries=max_retries)
    assert h.request("POST", json={}).status_code == 429
    assert h.attempts == max_retries + 1


# --- delays ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_backoff_doubles_from_half_a_second_and_caps_at_eight(mode: str) -> None:
    h = harness(mode, [500] * 8, max_retries=7, random=lambda: 0.0)
    assert h.request("GET").status_code == 500
    assert h.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("jitter", [0.3, 0.999999])
def test_backoff_jitter_stays_within_bounds(mode: str, jitter: float) -> None:
    h = harness(mode, [httpx.ConnectError] * 6 + [200], max_retries=6, random=lambda: jitter)
    assert h.request("GET").status_code == 200
    bases = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert len(h.sleeps) == len(bases)
    for delay, base in zip(h.sleeps, bases, strict=True):
        assert 0.75 * base <= delay <= base <= MAX_BACKOFF
        assert delay == pytest.approx(base * (1 - 0.25 * jitter))


def test_default_random_jitter_stays_within_bounds() -> None:
    sleeps: list[float] = []
    transport = RetryTransport(Scripted([500] * 7), max_retries=6, sleep=sleeps.append)
    with httpx.Client(transport=transport) as client:
        assert client.get(URL).status_code == 500
    for delay, base in zip(sleeps, [0.5, 1.0, 2.0, 4.0, 8.0, 8.0], strict=True):
        assert 0.75 * base <= delay <= base


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "60"}, 60.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "30"}, 0.25),
        ({"Retry-After": "garbage"}, INITIAL_BACKOFF),
        ({"Retry-After": "-5"}, INITIAL_BACKOFF),
    ],
)
def test_retry_after_replaces_backoff(mode: str, headers: dict[str, str], expected: float) -> None:
    h = harness(mode, [(429, headers), 200], random=lambda: 0.0)
    assert h.request("GET").status_code == 200
    assert h.sleeps == [expected]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize(
    "headers", [{"Retry-After": "61"}, {"Retry-After": "120"}, {"retry-after-ms": "90000"}]
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_over_sixty_seconds_is_not_retried(
    mode: str, method: str, headers: dict[str, str], status: int
) -> None:
    h = harness(mode, [(status, headers), 200])
    response = h.request(method)
    assert response.status_code == status
    assert parse_retry_after(response.headers) == pytest.approx(
        float(response.headers.get("Retry-After", 90))
    )
    assert h.attempts == 1
    assert h.sleeps == []


NOW = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "3"}, 0.25),
        ({"retry-after-ms": "nope", "Retry-After": "3"}, 3.0),
        ({"Retry-After": format_datetime(NOW + timedelta(seconds=5), usegmt=True)}, 5.0),
        ({"Retry-After": format_datetime(NOW - timedelta(seconds=30), usegmt=True)}, 0.0),
        ({"Retry-After": "Wed, 01 Jan 2025 12:00:10 -0000"}, 10.0),
        ({"Retry-After": "garbage"}, None),
        ({"Retry-After": ""}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "-1"}, None),
        ({"retry-after-ms": "-250"}, None),
        ({"Retry-After": "120"}, 120.0),  # returned as is; RetryTransport then does not retry (> 60 s)
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=NOW) == expected


def test_parse_retry_after_date_defaults_to_current_time() -> None:
    future = datetime.now(UTC) + timedelta(seconds=30)
    value = parse_retry_after(httpx.Headers({"Retry-After": format_datetime(future, usegmt=True)}))
    assert value is not None
    assert 25.0 <= value <= 30.0
    naive_now = NOW.replace(tzinfo=None)
    date = format_datetime(NOW + timedelta(seconds=5), usegmt=True)
    assert parse_retry_after(httpx.Headers({"Retry-After": date}), now=naive_now) == 5.0


def test_a_retry_after_date_counts_from_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Retry-After date 30 s ahead means 30 s on a machine whose local clock is 9 hours off UTC too."""
    monkeypatch.setenv("TZ", "XST-9")
    time.tzset()
    try:
        future = datetime.now(UTC) + timedelta(seconds=30)
        value = parse_retry_after(httpx.Headers({"Retry-After": format_datetime(future, usegmt=True)}))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert value is not None and 25.0 <= value <= 30.0


@pytest.mark.parametrize("mode", MODES)
def test_an_attempt_cuts_each_timeout_to_what_is_left_of_the_deadline(mode: str) -> None:
    """With 5 s left, an unset timeout and a 10 s one both become at most 5 s for the attempt."""
    h = harness(mode, [200])
    token = DEADLINE.set(time.monotonic() + 5.0)
    try:
        h.request("GET", timeout=httpx.Timeout(None, connect=10.0))
    finally:
        DEADLINE.reset(token)
    sent = h.inner.requests[0].extensions["timeout"]
    assert set(sent) == {"connect", "read", "write", "pool"}
    assert all(4.0 < seconds <= 5.0 for seconds in sent.values()), sent


@pytest.mark.parametrize("mode", MODES)
def test_an_attempt_at_the_deadline_is_not_made(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing left of the deadline (not even a fraction), no attempt starts: a ReadTimeout saying so."""
    import sparkbot._transport as transport

    monkeypatch.setattr(transport, "time", SimpleNamespace(monotonic=lambda: 100.0, sleep=time.sleep))
    h = harness(mode, [200])
    token = DEADLINE.set(100.0)
    try:
        with pytest.raises(httpx.ReadTimeout) as info:
            h.request("GET")
    finally:
        DEADLINE.reset(token)
    assert str(info.value) == "the call's deadline passed"
    assert info.value.request.url == URL
    assert h.attempts == 0


def test_the_deadline_error_names_its_request_when_the_transport_is_called_directly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Called directly (an httpx transport's own API), the deadline's ReadTimeout carries its request."""
    import sparkbot._transport as transport

    monkeypatch.setattr(transport, "time", SimpleNamespace(monotonic=lambda: 100.0, sleep=time.sleep))
    request = httpx.Request("GET", URL)
    token = DEADLINE.set(100.0)
    try:
        with pytest.raises(httpx.ReadTimeout) as info:
            harness("sync", [200]).transport.handle_request(request)
    finally:
        DEADLINE.reset(token)
    assert info.value.request is request


# --- connection hygiene, bodies, lifecycle ---------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_retried_response_is_closed_before_next_attempt(mode: str) -> None:
    h = harness(mode, [503, (429, RA), 200])
    assert h.request("GET").text == "attempt 3"
    assert h.inner.previous_closed_at_send == [True, True, True]
    assert [s.closed for s in h.inner.streams] == [True, True, True]


@pytest.mark.parametrize("mode", MODES)
def test_streamed_response_is_left_to_the_caller(mode: str) -> None:
    h = harness(mode, [200])
    stream = {"sparkbot_stream": True}

    if mode == "sync":
        with (
            httpx.Client(transport=h.transport) as client,
            client.stream("GET", URL, extensions=stream) as response,
        ):
            assert not h.inner.streams[0].closed
            assert response.read() == b"attempt 1"
    else:

        async def go() -> None:
            async with (
                httpx.AsyncClient(transport=h.transport) as client,
                client.stream("GET", URL, extensions=stream) as response,
            ):
                assert not h.inner.streams[0].closed
                assert await response.aread() == b"attempt 1"

        anyio.run(go)
    assert h.inner.streams[0].closed


@pytest.mark.parametrize("mode", MODES)
def test_retryable_response_body_is_read_by_the_transport(mode: str) -> None:
    h = harness(mode, [200])
    if mode == "sync":
        with httpx.Client(transport=h.transport) as client, client.stream("GET", URL):
            assert h.inner.streams[0].closed  # read inside the retry loop, so a break there is retried
    else:

        async def go() -> None:
            async with httpx.AsyncClient(transport=h.transport) as client, client.stream("GET", URL):
                assert h.inner.streams[0].closed

        anyio.run(go)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_read_by_the_transport_comes_back_whole(mode: str) -> None:
    """The body the transport reads ahead (in two chunks, as from the network) reaches the caller intact."""
    response = harness(mode, [200]).request("GET")
    assert response.content == b"attempt 1"


def test_unreplayable_sync_body_is_sent_once() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"a"
        yield b"b"

    h = harness("sync", [httpx.ConnectError, 200])
    with pytest.raises(httpx.ConnectError):
        h.request("PUT", content=chunks())
    assert h.attempts == 1


def test_unreplayable_async_body_is_sent_once() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"

    h = harness("async", [503, 200])
    assert h.request("PUT", content=chunks()).status_code == 503
    assert h.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_multipart_upload_is_sent_once(mode: str) -> None:
    h = harness(mode, [httpx.ConnectError, 200])
    with pytest.raises(httpx.ConnectError):
        h.request("POST", files={"file": ("a.txt", b"hello")})
    assert h.attempts == 1


def test_a_callers_client_of_one_flavour_refuses_the_other() -> None:
    """ClientTransport says which httpx client cannot send which kind of request, never sending it."""
    request = httpx.Request("GET", URL)
    with pytest.raises(TypeError) as sync_error:
        ClientTransport(httpx.AsyncClient()).handle_request(request)
    assert str(sync_error.value) == "ClientTransport: an httpx.AsyncClient cannot send sync requests"
    with pytest.raises(TypeError) as async_error:
        anyio.run(ClientTransport(httpx.Client()).handle_async_request, request)
    assert str(async_error.value) == "ClientTransport: an httpx.Client cannot send async requests"


def test_a_retry_transport_of_one_flavour_refuses_the_other() -> None:
    """A RetryTransport given only one flavour of inner transport says so when asked for the other."""
    request = httpx.Request("GET", URL)
    with pytest.raises(TypeError) as sync_error:
        RetryTransport(async_transport=Scripted([])).handle_request(request)
    assert str(sync_error.value) == (
        "this RetryTransport wraps an async transport only: give transport= for sync use"
    )
    with pytest.raises(TypeError) as async_error:
        anyio.run(RetryTransport(transport=Scripted([])).handle_async_request, request)
    assert str(async_error.value) == (
        "this RetryTransport wraps a sync transport only: give async_transport= for async use"
    )


def test_close_and_aclose_close_the_inner_transports() -> None:
    sync_inner, async_inner = Scripted([]), Scripted([])
    transport = RetryTransport(sync_inner, async_inner)
    transport.close()
    assert sync_inner.closed and not async_inner.aclosed
    anyio.run(transport.aclose)
    assert async_inner.aclosed and not sync_inner.aclosed


def test_default_inner_transports_are_created_lazily_and_retry_through_httpcore() -> None:
    transport = RetryTransport(sleep=lambda _: None, verify=False, limits=httpx.Limits(max_connections=1))
    transport.close()  # nothing created yet: a no-op
    with respx.mock(assert_all_called=True) as router:
        route = router.get(URL).mock(
            side_effect=[httpx.ConnectError("down"), httpx.Response(503), httpx.Response(200)]
        )
        with httpx.Client(transport=transport) as client:
            assert client.get(URL).status_code == 200
        assert route.call_count == 3

    async def async_sleep(delay: float) -> None:
        pass

    async def go() -> None:
        async with httpx.AsyncClient(transport=RetryTransport(async_sleep=async_sleep)) as client:
            assert (await client.get(URL)).status_code == 200

    with respx.mock(assert_all_called=True) as router:
        route = router.get(URL).mock(side_effect=[httpx.Response(502), httpx.Response(200)])
        anyio.run(go)
        assert route.call_count == 2


# --- logging ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_retry_is_logged_at_debug_without_secrets(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sparkbot")
    h = harness(mode, [503, httpx.ConnectError, 200])
    response = h.request("GET", URL + "?token=sk-secret-123&page=2", headers={"Token": "sk-secret-123"})
    assert response.status_code == 200
    records = [r for r in caplog.records if r.name == "sparkbot"]
    assert len(records) == 2
    assert all(r.levelno == logging.DEBUG for r in records)
    shown = "GET https://api.test/messages?token=***&page=2"
    assert [r.getMessage() for r in records] == [
        f"retrying {shown}: attempt 1/3 failed (503), next attempt in 0.50s",
        f"retrying {shown}: attempt 2/3 failed (ConnectError), next attempt in 1.00s",
    ]
    assert "sk-secret-123" not in caplog.text


@pytest.mark.parametrize("mode", MODES)
def test_nothing_logged_when_not_retrying(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sparkbot")
    harness(mode, [500]).request("POST", json={})
    assert [r for r in caplog.records if r.name == "sparkbot"] == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.test/messages", "https://api.test/messages"),
        ("https://api.test/m?token=sk-secret-123", "https://api.test/m?token=***"),
        ("https://api.test/m?a=1&token=sk-secret-123&b=2", "https://api.test/m?a=1&token=***&b=2"),
        ("https://api.test/m?Token=x&token=y", "https://api.test/m?Token=***&token=***"),
        ("https://api.test/m?to%6Ben=sk-secret-123", "https://api.test/m?to%6Ben=***"),
        ("https://api.test/m?tokens=1&my_token=2", "https://api.test/m?tokens=1&my_token=2"),
        ("https://api.test/m?token", "https://api.test/m?token=***"),
        ("https://api.test/m?token=sk=x=&b=2", "https://api.test/m?token=***&b=2"),  # "=" in the key
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected
    assert redact_url(httpx.URL(url)) == expected


# --- property: never exceed the budget, never double-send ------------------------------------------------


def _retry_after() -> st.SearchStrategy[dict[str, str]]:
    return st.one_of(st.just({}), st.integers(0, 90).map(lambda s: {"Retry-After": str(s)}))


OUTCOMES: st.SearchStrategy[Outcome] = st.one_of(
    st.sampled_from([httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, 500, 502, 504, 200]),
    st.tuples(st.sampled_from([429, 503]), _retry_after()),
)


def _oracle_retries(outcome: Outcome, method: str) -> bool:
    """The product requirements, restated independently of the implementation."""
    if isinstance(outcome, type):
        return outcome in (httpx.ConnectError, httpx.ConnectTimeout) or (
            method == "GET" and outcome is httpx.ReadTimeout
        )
    status, headers = (outcome, {}) if isinstance(outcome, int) else outcome
    retry_after = float(headers["Retry-After"]) if "Retry-After" in headers else None
    if status not in (429, 500, 502, 503, 504) or (retry_after is not None and retry_after > MAX_RETRY_AFTER):
        return False
    return method == "GET" or status == 429 or (status == 503 and retry_after is not None)


@settings(derandomize=True, max_examples=200 * EXAMPLES_FACTOR, deadline=None)
@given(
    script=st.lists(OUTCOMES, min_size=1, max_size=8),
    method=st.sampled_from(["GET", "POST"]),
    max_retries=st.integers(0, 4),
    mode=st.sampled_from(MODES),
)
def test_property_budget_and_no_double_send(
    script: list[Outcome], method: str, max_retries: int, mode: str
) -> None:
    h = harness(mode, [*script, 200], max_retries=max_retries)
    try:
        final: Any = h.request(method, json={"n": 1} if method == "POST" else None)
    except httpx.TransportError as exc:
        final = exc

    played = [*script, 200][: h.attempts]
    assert 1 <= h.attempts <= max_retries + 1
    for outcome in played[:-1]:  # every outcome that was followed by another attempt
        assert _oracle_retries(outcome, method)
        if method == "POST":
            assert outcome in (httpx.ConnectError, httpx.ConnectTimeout) or (
                isinstance(outcome, tuple) and (outcome[0] == 429 or outcome[1])
            )
    last = played[-1]
    assert h.attempts == max_retries + 1 or not _oracle_retries(last, method)
    if isinstance(last, type):
        assert type(final) is last
    else:
        assert final.status_code == (last if isinstance(last, int) else last[0])
    assert len(h.sleeps) == h.attempts - 1
    assert all(0 <= s <= MAX_RETRY_AFTER for s in h.sleeps)
    assert sum(h.sleeps) <= max_retries * MAX_RETRY_AFTER
