"""POST /devices/{device_id}/authcode: the request to send, from plain JSON values, and the model of its success answer."""

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
    *,
    force: Any = None,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "POST",
        "url": "/devices/{device_id}/authcode".format(
            device_id=quote(device_id, safe=""),
        ),
    }
    params = {
        "force": force,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    if body is not None:
        request["json"] = body
    return request
