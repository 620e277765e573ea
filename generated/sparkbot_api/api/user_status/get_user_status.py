"""GET /chat/{device_id}/status/{status_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.user_status import UserStatus


def build_request(
    device_id: str,
    status_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/status/{status_id}".format(
            device_id=quote(str(device_id), safe=""),
            status_id=quote(str(status_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | UserStatus | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = UserStatus.from_dict(response.json())

        return response_200

    return None
