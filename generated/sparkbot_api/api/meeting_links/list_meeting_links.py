"""GET /devices/{device_id}/meeting-links: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.meeting_kind import MeetingKind
from ...models.meeting_link import MeetingLink
from ...types import UNSET, Unset, api_datetime


def build_request(
    device_id: str,
    *,
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["search"] = search

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_expires_before: str | Unset = UNSET
    if not isinstance(expires_before, Unset):
        json_expires_before = api_datetime(expires_before)
    params["expiresBefore"] = json_expires_before

    json_expires_after: str | Unset = UNSET
    if not isinstance(expires_after, Unset):
        json_expires_after = api_datetime(expires_after)
    params["expiresAfter"] = json_expires_after

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/meeting-links".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[MeetingLink] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MeetingLink.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
