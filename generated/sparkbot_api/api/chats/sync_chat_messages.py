"""GET /chat/{device_id}/chats/{chat_id}/sync: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.chat_message import ChatMessage
from ...models.error import Error
from ...types import UNSET, Unset


def build_request(
    device_id: str,
    chat_id: str,
    *,
    size: int | Unset = 50,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/chats/{chat_id}/sync".format(
            device_id=quote(str(device_id), safe=""),
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[ChatMessage] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
