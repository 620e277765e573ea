"""GET /chat/{device_id}/chats: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.chat import Chat
from ...models.chat_include import ChatInclude
from ...models.chat_type import ChatType
from ...models.error import Error
from ...models.list_chats_sort import ListChatsSort
from ...models.list_chats_status_item import ListChatsStatusItem
from ...types import UNSET, Unset


def build_request(
    device_id: str,
    *,
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["unread"] = unread

    params["active"] = active

    params["canSend"] = can_send

    params["readOnly"] = read_only

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_agent: list[str] | Unset = UNSET
    if not isinstance(agent, Unset):
        json_agent = agent

    params["agent"] = json_agent

    params["search"] = search

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    json_labels_exclude: list[str] | Unset = UNSET
    if not isinstance(labels_exclude, Unset):
        json_labels_exclude = labels_exclude

    params["labelsExclude"] = json_labels_exclude

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/chats".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Chat] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Chat.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
