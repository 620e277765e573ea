"""GET /devices/{device_id}/channels/{channel_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.group import Group
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Group
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    channel_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/devices/{path_segment(device_id)}/channels/{path_segment(channel_id)}",
    }
    return request
