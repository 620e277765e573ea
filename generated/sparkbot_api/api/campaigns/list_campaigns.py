"""GET /campaigns: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any

import httpx

from ...models.campaign import Campaign
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_campaigns_status_item import ListCampaignsStatusItem
from ...types import UNSET, Unset, api_datetime


def build_request(
    *,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_device: list[str] | Unset = UNSET
    if not isinstance(device, Unset):
        json_device = device

    params["device"] = json_device

    json_owner: list[str] | Unset = UNSET
    if not isinstance(owner, Unset):
        json_owner = owner

    params["owner"] = json_owner

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_phone: list[str] | Unset = UNSET
    if not isinstance(phone, Unset):
        json_phone = phone

    params["phone"] = json_phone

    json_group: list[str] | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = group

    params["group"] = json_group

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Campaign] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Campaign.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
