"""GET /devices: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.device import Device

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Device
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    ids: Any = None,
    status: Any = None,
    session_status: Any = None,
    search: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/devices",
    }
    params = {
        "ids": ids,
        "status": status,
        "sessionStatus": session_status,
        "search": search,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
