"""Typed errors: one class per failure a caller may want to catch, one table from status to class."""

from __future__ import annotations

import json
import pickle
import reprlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing the errors (e.g. via sparkbot.webhooks) stays cheap
    import httpx


class SparkBotError(Exception):
    """Base of every error this package raises.

    Errors pickle (for task queues and process pools) with their attributes but without the raw httpx
    objects, whose request headers hold the API key: after a round trip `response` is None.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: (None if k in _RAW else _picklable(v)) for k, v in self.__dict__.items()}
        key = _key_of(self)
        if key:
            state = _redacted(state, key)
        return _restore, (type(self), _redacted(self.args, key) if key else self.args, state)


_RAW = frozenset({"response", "request"})


def _restore(cls: type[SparkBotError], args: tuple[Any, ...], state: dict[str, Any]) -> SparkBotError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _picklable(value: Any) -> Any:
    """`value`, or its (short) repr when it cannot be pickled (say, the bad argument a caller passed)."""
    try:
        pickle.dumps(value)
    except Exception:
        return reprlib.repr(value)
    return value


def _key_of(error: SparkBotError) -> str | None:
    response = getattr(error, "response", None)
    return response.request.headers.get("Token") if response is not None else None


def _redacted(value: Any, key: str) -> Any:
    """`value` with every occurrence of `key` in its strings replaced by `***` (through containers)."""
    if isinstance(value, str):
        return value.replace(key, "***")
    if isinstance(value, tuple):
        return tuple(_redacted(v, key) for v in value)
    if isinstance(value, list):
        return [_redacted(v, key) for v in value]
    if isinstance(value, dict):
        return {_redacted(k, key): _redacted(v, key) for k, v in value.items()}
    if type(value).__name__ == "Headers":  # httpx.Headers: a server may echo the key in one
        return {_redacted(k, key): _redacted(v, key) for k, v in value.multi_items()}
    return value


class SparkBotValidationError(SparkBotError, ValueError):
    """An argument breaks a rule of the API description; raised before any request is sent."""

    def __init__(self, field: str, rule: str, value: Any = None) -> None:
        self.field = field
        self.rule = rule
        self.value = value
        super().__init__(f"{field}: {rule}")


class DeviceResolutionError(SparkBotError):
    """No single WhatsApp number (device) matches what was asked for."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        self.candidates = candidates or []
        super().__init__(message + (": " + "; ".join(self.candidates) if self.candidates else ""))


class APIError(SparkBotError):
    """A request was made and failed; carries the request's method and URL (never its headers)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        self.message = message
        self.method = request.method
        self.url = _public_url(request.url)
        super().__init__(f"{message} ({self.method} {self.url})")


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke."""

    def __init__(self, *, request: httpx.Request, message: str = "Connection error") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out")


class APIResponseValidationError(APIError):
    """The server answered with a body this client cannot read; `text` holds it as received."""

    def __init__(self, response: httpx.Response, *, reason: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.text = response_text(response)
        super().__init__(f"Unreadable response ({response.status_code}): {reason}", request=response.request)


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status; the parsed Error body is on the instance."""

    def __init__(self, response: httpx.Response, body: Mapping[str, Any] | None, message: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.error_code: str | None = _str_or_none(body, "errorCode") or _str_or_none(body, "code")
        errors = body.get("errors") if body else None
        self.errors: list[Any] = list(errors) if isinstance(errors, list) else []
        super().__init__(f"{response.status_code} {message}", request=response.request)
        self.message = message  # the server's own words; str(exc) adds the status, method and URL


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429: `retry_after` holds the seconds the server asked to wait, when it said."""

    def __init__(self, response: httpx.Response, body: Mapping[str, Any] | None, message: str) -> None:
        from ._transport import parse_retry_after

        super().__init__(response, body, message)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(APIStatusError):
    """5xx."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response, whatever its body (JSON, HTML, empty, truncated)."""
    body: Mapping[str, Any] | None = None
    try:
        parsed = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read
        parsed = None
    if isinstance(parsed, Mapping):
        body = parsed
    text = response_text(response).strip()
    message = (
        _str_or_none(body, "message")
        or _str_or_none(body, "error")
        or (text if body is None and text else None)
        or response.reason_phrase
        or "error"
    )
    key = response.request.headers.get("Token")
    if key and key in message:  # a server that echoes the key back must not put it in str(exc), whole
        message = message.replace(key, "***")  # or cut: redacted before the message is shortened
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "…"
    cls = STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response, body, message)


MAX_MESSAGE = 200
"""Longest server message kept in `str(exc)`; the whole body stays on `exc.body` / `exc.response`."""


def response_text(response: httpx.Response) -> str:
    """The body as text, whatever its declared charset (an unknown one, or a codec that makes no text
    such as hex or rot13, falls back to UTF-8, replacing)."""
    try:
        return response.text
    except (LookupError, ValueError, TypeError, AssertionError):  # an unknown, broken or bytes-only codec
        return response.content.decode("utf-8", "replace")


def _str_or_none(body: Mapping[str, Any] | None, key: str) -> str | None:
    value = body.get(key) if body else None
    return value if isinstance(value, str) and value else None


def _public_url(url: httpx.URL) -> str:
    """The URL with any `token` query value hidden (the API accepts the key there too)."""
    if "token" not in url.params:
        return str(url)
    return str(url.copy_set_param("token", "***"))


# --- from httpx failures to typed errors: the one place the client maps them ---


def connection_error(exc: httpx.TransportError, request: httpx.Request, key: str) -> APIConnectionError:
    """A failure to exchange the request (connect, read, write, protocol, timeout) as its typed error."""
    import httpx  # here, not at the top: importing the errors stays cheap

    if any(key in str(arg) for arg in exc.args):  # the cause shows in tracebacks: keep it key-free
        exc.args = tuple(str(arg).replace(key, "***") for arg in exc.args)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"Connection error: {type(exc).__name__}")


def undecodable(response: httpx.Response, exc: Exception) -> APIError:
    """A body that its Content-Encoding cannot decode (declared gzip, sent plain, say): the status's error
    without its body, or an unreadable response."""
    import httpx

    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    empty = httpx.Response(response.status_code, headers=headers, request=response.request)
    if not empty.is_success:
        return status_error(empty)
    return APIResponseValidationError(empty, reason=f"{type(exc).__name__}: the body does not decode")
