"""GET /devices/{device_id}/meeting-links: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.meeting_link import MeetingLink
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = MeetingLink
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    search: Any = None,
    before: Any = None,
    after: Any = None,
    expires_before: Any = None,
    expires_after: Any = None,
    kind: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/devices/{path_segment(device_id)}/meeting-links",
    }
    params = {
        "search": search,
        "before": before,
        "after": after,
        "expiresBefore": expires_before,
        "expiresAfter": expires_after,
        "kind": kind,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
