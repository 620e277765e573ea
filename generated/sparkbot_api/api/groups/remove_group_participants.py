"""DELETE /devices/{device_id}/groups/{group_id}/participants: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.result import Result
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Result
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    group_id: str,
    *,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/devices/{path_segment(device_id)}/groups/{path_segment(group_id)}/participants",
    }
    if body is not None:
        request["json"] = body
    return request
