"""GET /chat/{device_id}/chats/{chat_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.chat import Chat
from ...models.chat_include import ChatInclude
from ...models.error import Error
from ...types import UNSET, Unset


def build_request(
    device_id: str,
    chat_id: str,
    *,
    include: ChatInclude | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/chats/{chat_id}".format(
            device_id=quote(str(device_id), safe=""),
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Chat | Error | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Chat.from_dict(response.json())

        return response_200

    return None
