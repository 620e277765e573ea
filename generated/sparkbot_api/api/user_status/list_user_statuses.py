"""GET /chat/{device_id}/status: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...models.ack_status import AckStatus
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_user_statuses_type_item import ListUserStatusesTypeItem
from ...models.message_flow import MessageFlow
from ...models.user_status import UserStatus
from ...types import UNSET, Unset, api_datetime


def build_request(
    device_id: str,
    *,
    flow: MessageFlow | Unset = UNSET,
    mine: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    type_: list[ListUserStatusesTypeItem] | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_flow: str | Unset = UNSET
    if not isinstance(flow, Unset):
        json_flow = flow.value

    params["flow"] = json_flow

    params["mine"] = mine

    params["scheduled"] = scheduled

    json_ack: list[str] | Unset = UNSET
    if not isinstance(ack, Unset):
        json_ack = []
        for ack_item_data in ack:
            ack_item = ack_item_data.value
            json_ack.append(ack_item)

    params["ack"] = json_ack

    json_wid: list[str] | Unset = UNSET
    if not isinstance(wid, Unset):
        json_wid = wid

    params["wid"] = json_wid

    params["search"] = search

    params["chat"] = chat

    params["phone"] = phone

    params["reference"] = reference

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params["begin"] = begin

    params["end"] = end

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/status".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[UserStatus] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserStatus.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
