"""Raw access to a call: status, headers and the parsed result together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """What `client.with_raw_response.<resource>.<action>(...)` returns."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    @property
    def content(self) -> bytes:
        return self.http_response.content
