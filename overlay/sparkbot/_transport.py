"""Retrying httpx transport: the one place where the SDK touches httpx transports, so that the sync and
async clients share a single retry policy, one that never re-sends a request the server may have seen."""

from __future__ import annotations

import logging
import math
import random as _random
import re
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from contextvars import ContextVar
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import unquote_to_bytes

import anyio
import httpcore
import httpx

from ._constants import DEFAULT_MAX_RETRIES, INITIAL_BACKOFF, MAX_BACKOFF, MAX_RETRY_AFTER

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "RETRYABLE_STATUSES",
    "ClientTransport",
    "RetryTransport",
    "parse_retry_after",
    "redact_url",
    "retries_itself",
]

logger = logging.getLogger("sparkbot")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses worth retrying (idempotent requests); non-idempotent ones only on 429 and 503 + Retry-After."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""Methods that are safe to send twice unless ``request.extensions["sparkbot_idempotent"]`` says otherwise."""

DEADLINE: ContextVar[float | None] = ContextVar("sparkbot_deadline", default=None)
"""When the call being made must be over (time.monotonic()), set by the client around each call: no retry
starts that would begin after it, every timeout of an attempt is cut to what is left, and on the client's
own connections every socket read and write too (see _DeadlineBackend), so a server that drips bytes
cannot hold a call past it."""


def remaining() -> float | None:
    """Seconds left before the current call's deadline (may be <= 0), or None without one."""
    deadline = DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


def _cut_timeouts(request: httpx.Request) -> None:
    """Cut the attempt's connect/read/write/pool timeouts to the time left (httpcore reads them here)."""
    left = remaining()
    if left is None:
        return
    if left <= 0:
        raise httpx.ReadTimeout("the call's deadline passed", request=request)
    timeouts = dict(request.extensions.get("timeout") or {})
    for part in ("connect", "read", "write", "pool"):
        given = timeouts.get(part)
        timeouts[part] = left if given is None else min(given, left)
    request.extensions["timeout"] = timeouts


def _clamp(timeout: float | None, error: type[Exception]) -> float:
    left = remaining()
    if left is None:
        return timeout  # type: ignore[return-value]
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """The sync network backend with every socket operation's timeout cut to the call's deadline: sync
    httpx has no total timeout, and a per-read timeout never fires on a server that sends a byte a second.
    Only `connect_tcp` is wrapped: the client's own transport never dials a unix socket, and the inherited
    `sleep` is `time.sleep`, as the wrapped backend's is."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))


def _with_deadlines(transport: httpx.HTTPTransport) -> httpx.HTTPTransport:
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


MAX_RETRIES_EXTENSION = "sparkbot_max_retries"
IDEMPOTENT_EXTENSION = "sparkbot_idempotent"
STREAM_EXTENSION = "sparkbot_stream"

# No connection was made, so the server cannot have seen the request: safe to retry any method.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout)
# The request may have reached the server: retried only for idempotent requests.
_MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
)
_SECONDS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def parse_retry_after(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Return the server-requested delay in seconds, or None if absent, negative or unparseable.

    ``retry-after-ms`` (milliseconds) wins over ``Retry-After`` (seconds or an HTTP date; a past date gives
    0.0). Values above MAX_RETRY_AFTER are returned as they are: the caller decides what to do with them.
    """
    millis = _parse_seconds(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _parse_seconds(value)
    if seconds is not None or _SECONDS.fullmatch(value.strip()):
        return seconds
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = datetime.now(UTC) if now is None else now
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _parse_seconds(value: str | None) -> float | None:
    """A finite, non-negative decimal number, or None."""
    if value is None or not _SECONDS.fullmatch(value.strip()):
        return None
    seconds = float(value)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` as a string with the value of every ``token`` query parameter replaced by ``***``."""
    url = httpx.URL(url)
    if not url.query:
        return str(url)
    parts = []
    for part in url.query.split(b"&"):
        key = part.split(b"=", 1)[0]
        parts.append(key + b"=***" if unquote_to_bytes(key).lower() == b"token" else part)
    return str(url.copy_with(query=b"&".join(parts)))


def _backoff(retry: int, rand: Callable[[], float]) -> float:
    """Delay before retry number ``retry`` (0-based): min(MAX_BACKOFF, INITIAL_BACKOFF * 2**retry), minus
    up to 25% jitter, i.e. uniform in [0.75 * base, base]."""
    base = min(MAX_BACKOFF, INITIAL_BACKOFF * 2.0 ** min(retry, 32))
    return base * (1.0 - 0.25 * rand())


def _is_idempotent(request: httpx.Request) -> bool:
    override = request.extensions.get(IDEMPOTENT_EXTENSION)
    if override is None:
        return request.method.upper() in IDEMPOTENT_METHODS
    if not isinstance(override, bool):
        raise TypeError(f"request.extensions[{IDEMPOTENT_EXTENSION!r}] must be a bool, got {override!r}")
    return override


def _max_retries(request: httpx.Request, default: int) -> int:
    value = request.extensions.get(MAX_RETRIES_EXTENSION, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"request.extensions[{MAX_RETRIES_EXTENSION!r}] must be an int, got {value!r}")
    if value < 0:
        raise ValueError(f"request.extensions[{MAX_RETRIES_EXTENSION!r}] must be >= 0, got {value}")
    return value


class _RetryPlan:
    """The whole retry policy for one request; shared verbatim by the sync and async loops."""

    __slots__ = ("_rand", "attempt", "idempotent", "max_retries", "read_body", "replayable", "request")

    def __init__(self, request: httpx.Request, default_max_retries: int, rand: Callable[[], float]) -> None:
        extensions = request.extensions
        self.request = request
        # The extensions are read only when set: a plain request (most of them) pays two dict lookups.
        self.max_retries = (
            _max_retries(request, default_max_retries)
            if MAX_RETRIES_EXTENSION in extensions
            else default_max_retries
        )
        self.idempotent = (
            _is_idempotent(request)
            if IDEMPOTENT_EXTENSION in extensions
            else request.method in IDEMPOTENT_METHODS
        )
        # Only an in-memory body (httpx.ByteStream: bytes/json/form content, or any body already read)
        # can be sent again; generators and multipart uploads are sent once. Decided before the first
        # send, since sending consumes such streams.
        self.replayable = isinstance(request.stream, httpx.ByteStream)
        # A caller that streams a large body sets ``request.extensions["sparkbot_stream"] = True`` to keep
        # the body unread (a break mid-body then reaches the caller unretried).
        self.read_body = self.idempotent and self.replayable and not extensions.get(STREAM_EXTENSION)
        self.attempt = 0
        self._rand = rand

    def body_errors_retryable(self) -> bool:
        """Whether a failure while reading the body would be retried: then the body is read here."""
        return self.read_body and self.attempt < self.max_retries

    def next_delay(self, outcome: httpx.Response | httpx.TransportError) -> float | None:
        """Given the outcome of the attempt just made, return the delay before the next one, or None to stop
        (return the response / re-raise the error)."""
        if isinstance(outcome, httpx.Response) and outcome.status_code not in RETRYABLE_STATUSES:
            return None  # the common case first: an answer that is not worth another attempt
        self.attempt += 1
        if self.attempt > self.max_retries or not self.replayable:
            return None
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            retry_after = parse_retry_after(outcome.headers)
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                return None  # we won't wait that long: the caller gets the response and its Retry-After
            not_processed = status == 429 or (status == 503 and retry_after is not None)
            if not self.idempotent and not not_processed:
                return None
            reason = str(status)
        else:
            if not isinstance(outcome, _NOT_SENT_ERRORS) and not (
                self.idempotent and isinstance(outcome, _MAYBE_SENT_ERRORS)
            ):
                return None
            retry_after = None
            reason = type(outcome).__name__
        delay = retry_after if retry_after is not None else _backoff(self.attempt - 1, self._rand)
        left = remaining()
        if left is not None and delay >= left - INITIAL_BACKOFF / 2:  # the retry could not finish in time
            return None
        if logger.isEnabledFor(logging.DEBUG):
            # Never log headers: the Token header is the API key.
            logger.debug(
                "retrying %s %s: attempt %d/%d failed (%s), next attempt in %.2fs",
                self.request.method,
                redact_url(self.request.url),
                self.attempt,
                self.max_retries + 1,
                reason,
                delay,
            )
        return delay


def _buffer(response: httpx.Response) -> None:
    """Read the body as it came (not decoded yet) into memory: a break mid-body is an error of the attempt,
    while a body that fails to decode (gzip declared, plain sent) is left to the caller's read, which
    reports it with the response."""
    stream: Any = response.stream
    try:
        raw = b"".join(stream)
    finally:
        stream.close()
    response.stream = httpx.ByteStream(raw)


async def _abuffer(response: httpx.Response) -> None:
    stream: Any = response.stream
    try:
        raw = b"".join([part async for part in stream])
    finally:
        await stream.aclose()
    response.stream = httpx.ByteStream(raw)


def _discard(response: httpx.Response) -> None:
    try:
        response.read()  # drain so the connection goes back to the pool
    except (httpx.TransportError, httpx.DecodingError):  # a break, or a body that fails to decode: dropped
        pass
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except (httpx.TransportError, httpx.DecodingError):
        pass
    finally:
        await response.aclose()


class ClientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A caller's own httpx client as the inner transport of a RetryTransport, so that the client's retries
    apply to it too while its settings (transport, proxies, TLS, auth, event hooks) apply to each attempt."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.Client):
            raise TypeError("ClientTransport: an httpx.AsyncClient cannot send sync requests")
        return self._client.send(request, stream=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.AsyncClient):
            raise TypeError("ClientTransport: an httpx.Client cannot send async requests")
        return await self._client.send(request, stream=True)


def retries_itself(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether a caller's httpx client already sends through a RetryTransport (then it is not wrapped in
    another one: the retries would multiply)."""
    return isinstance(getattr(client, "_transport", None), RetryTransport)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx transport (sync and async) that retries transient failures of an inner transport.

    Idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) are retried on connect errors, read/write timeouts,
    RemoteProtocolError/ReadError and statuses 408, 429, 500, 502, 503, 504. Other requests are retried only
    when the server provably did not process them: ConnectError/ConnectTimeout, 429, 503 with Retry-After.
    Delays: a valid Retry-After/retry-after-ms of 0..60 s is used as is; above 60 s the response is returned
    unretried; otherwise backoff min(8, 0.5 * 2**n) reduced by up to 25% jitter. Streaming bodies
    (generators, multipart) are never re-sent. ``close()`` closes the sync inner, ``aclose()`` the async one.
    Given neither inner transport, it makes a network one of each flavour on first use; given one flavour,
    using the other is a TypeError (never a silent fresh transport with other settings).
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        verify: ssl.SSLContext | str | bool = True,
        limits: httpx.Limits | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        self._transport = transport
        self._async_transport = async_transport
        self._max_retries = max_retries
        self._verify = verify
        self._limits = limits
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._random = random
        self._lock = threading.Lock()

    def _inner(self) -> httpx.BaseTransport:
        if self._transport is None and self._async_transport is not None:
            raise TypeError("this RetryTransport wraps an async transport only: give transport= for sync use")
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    if self._limits is None:
                        inner = httpx.HTTPTransport(verify=self._verify)
                    else:
                        inner = httpx.HTTPTransport(verify=self._verify, limits=self._limits)
                    self._transport = _with_deadlines(inner)
        return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is None and self._transport is not None:
            raise TypeError(
                "this RetryTransport wraps a sync transport only: give async_transport= for async use"
            )
        if self._async_transport is None:
            if self._limits is None:
                self._async_transport = httpx.AsyncHTTPTransport(verify=self._verify)
            else:
                self._async_transport = httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)
        return self._async_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the sync inner transport, retrying per the policy."""
        plan = _RetryPlan(request, self._max_retries, self._random)
        while True:
            try:
                if DEADLINE.get() is not None:
                    _cut_timeouts(request)
                response = self._inner().handle_request(request)
                if plan.body_errors_retryable():
                    _buffer(response)  # a body cut short is then this attempt's error, and retried
            except httpx.TransportError as exc:
                delay = plan.next_delay(exc)
                if delay is None:
                    raise
                self._sleep(delay)
                continue
            delay = plan.next_delay(response)
            if delay is None:
                return response
            _discard(response)
            self._sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the async inner transport, retrying per the policy."""
        plan = _RetryPlan(request, self._max_retries, self._random)
        while True:
            try:
                if DEADLINE.get() is not None:
                    _cut_timeouts(request)
                response = await self._async_inner().handle_async_request(request)
                if plan.body_errors_retryable():
                    await _abuffer(response)  # a body cut short is then this attempt's error, and retried
            except httpx.TransportError as exc:
                delay = plan.next_delay(exc)
                if delay is None:
                    raise
                await self._async_sleep(delay)
                continue
            delay = plan.next_delay(response)
            if delay is None:
                return response
            await _adiscard(response)
            await self._async_sleep(delay)

    def close(self) -> None:
        """Close the sync inner transport, if one was created."""
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        """Close the async inner transport, if one was created."""
        if self._async_transport is not None:
            await self._async_transport.aclose()
