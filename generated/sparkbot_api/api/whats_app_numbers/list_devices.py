"""GET /devices: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.device import Device
from ...models.error import Error
from ...models.list_devices_session_status import ListDevicesSessionStatus
from ...models.list_devices_status import ListDevicesStatus
from ...types import UNSET, Unset


def build_request(
    *,
    ids: list[str] | Unset = UNSET,
    status: ListDevicesStatus | Unset = UNSET,
    session_status: ListDevicesSessionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 50,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_session_status: str | Unset = UNSET
    if not isinstance(session_status, Unset):
        json_session_status = session_status.value

    params["sessionStatus"] = json_session_status

    params["search"] = search

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Device] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Device.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
