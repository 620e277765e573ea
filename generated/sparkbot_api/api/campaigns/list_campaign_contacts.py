"""GET /campaigns/{campaign_id}/contacts: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.ack_status import AckStatus
from ...models.campaign_contact import CampaignContact
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_campaign_contacts_kind_item import ListCampaignContactsKindItem
from ...models.list_campaign_contacts_status_item import ListCampaignContactsStatusItem
from ...types import UNSET, Unset


def build_request(
    campaign_id: str,
    *,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["search"] = search

    json_target: list[str] | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target

    params["target"] = json_target

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

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

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}/contacts".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[CampaignContact] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CampaignContact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
