"""What tests observe and inject: the record of received requests and the rate limit."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ._spec import BASE_PATH

SECRET_HEADERS = ("token", "authorization")


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received. The API key is never kept: `Token`/`Authorization` headers and the
    `token` query parameter read `***`."""

    method: str
    path: str
    """Relative to the base URL, e.g. `/messages`."""
    query: dict[str, str | list[str]]
    """One value per parameter, or a list when the parameter was repeated."""
    json: Any
    """The parsed JSON body (None without a body; the text if it was not JSON)."""
    headers: dict[str, str]


def record(request: Request, body: bytes) -> RecordedRequest:
    values: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        values.setdefault(key, []).append("***" if key.lower() == "token" else value)
    query: dict[str, str | list[str]] = {k: v[0] if len(v) == 1 else v for k, v in values.items()}
    try:
        payload = json.loads(body) if body else None
    except ValueError:
        payload = body.decode("utf-8", "replace")
    headers = {k: "***" if k in SECRET_HEADERS else v for k, v in request.headers.items()}
    path = request.url.path.removeprefix(BASE_PATH) or "/"
    return RecordedRequest(request.method, path, query, payload, headers)


@dataclass
class RateLimit:
    """`after` requests pass, then every request gets 429 until `retry_after` seconds have gone by since
    the first refusal; then `after` more pass, and so on."""

    after: int
    retry_after: float
    used: int = 0
    blocked_until: float | None = None

    def wait(self, clock: float) -> float | None:
        """None to let this request through, else the seconds the client should wait."""
        if self.blocked_until is not None:
            if clock < self.blocked_until:
                return self.blocked_until - clock
            self.blocked_until, self.used = None, 0
        if self.used < self.after:
            self.used += 1
            return None
        self.blocked_until = clock + self.retry_after
        return self.retry_after
