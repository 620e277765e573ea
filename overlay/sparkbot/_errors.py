"""Typed errors: one class per failure a caller may want to catch, one table from status to class."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: importing the errors (e.g. via sparkbot.webhooks) stays cheap
    import httpx


class SparkBotError(Exception):
    """Base of every error this package raises."""


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
        self.text = response.text
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
    except ValueError:
        parsed = None
    if isinstance(parsed, Mapping):
        body = parsed
    message = (
        _str_or_none(body, "message")
        or _str_or_none(body, "error")
        or (response.text.strip()[:200] if body is None and response.text.strip() else None)
        or response.reason_phrase
        or "error"
    )
    key = response.request.headers.get("Token")
    if key and key in message:  # a server that echoes the key back must not put it in str(exc)
        message = message.replace(key, "***")
    cls = STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response, body, message)


def _str_or_none(body: Mapping[str, Any] | None, key: str) -> str | None:
    value = body.get(key) if body else None
    return value if isinstance(value, str) and value else None


def _public_url(url: httpx.URL) -> str:
    """The URL with any `token` query value hidden (the API accepts the key there too)."""
    if "token" not in url.params:
        return str(url)
    return str(url.copy_set_param("token", "***"))
