"""DELETE /devices/{device_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any
from urllib.parse import quote

from ...models.result import Result

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Result
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "DELETE",
        "url": "/devices/{device_id}".format(
            device_id=quote(device_id, safe=""),
        ),
    }
    return request
