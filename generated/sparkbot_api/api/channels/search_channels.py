"""PATCH /devices/{device_id}/channels: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.channel_search_result import ChannelSearchResult
from ...models.error import Error
from ...models.search_channels_body import SearchChannelsBody


def build_request(
    device_id: str,
    *,
    body: SearchChannelsBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devices/{device_id}/channels".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[ChannelSearchResult] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChannelSearchResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
