"""GET /devices/{device_id}/groups/{group_id}/invite: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any
from urllib.parse import quote

from ...models.group_invite import GroupInvite

SUCCESS = 200
"""The documented success status."""
MODEL: Any = GroupInvite
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    group_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/devices/{device_id}/groups/{group_id}/invite".format(
            device_id=quote(device_id, safe=""),
            group_id=quote(group_id, safe=""),
        ),
    }
    return request
