"""GET /devices/{device_id}/labels: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.label import Label


def build_request(
    device_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/labels".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Label] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Label.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
