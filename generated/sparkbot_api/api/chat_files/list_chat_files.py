"""GET /chat/{device_id}/files: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...models.chat_file import ChatFile
from ...models.error import Error
from ...models.list_chat_files_flow import ListChatFilesFlow
from ...models.list_chat_files_sort import ListChatFilesSort
from ...models.list_chat_files_type_item import ListChatFilesTypeItem
from ...types import UNSET, Unset, api_datetime


def build_request(
    device_id: str,
    *,
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params["search"] = search

    json_chat: list[str] | Unset = UNSET
    if not isinstance(chat, Unset):
        json_chat = chat

    params["chat"] = json_chat

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_message: list[str] | Unset = UNSET
    if not isinstance(message, Unset):
        json_message = message

    params["message"] = json_message

    json_flow: str | Unset = UNSET
    if not isinstance(flow, Unset):
        json_flow = flow.value

    params["flow"] = json_flow

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/files".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[ChatFile] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatFile.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
