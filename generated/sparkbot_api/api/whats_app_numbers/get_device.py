"""GET /devices/{device_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.device import Device
from ...models.error import Error
from ...models.get_device_exclude import GetDeviceExclude
from ...models.get_device_include import GetDeviceInclude
from ...types import UNSET, Unset


def build_request(
    device_id: str,
    *,
    include: GetDeviceInclude | Unset = UNSET,
    exclude: GetDeviceExclude | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    json_exclude: str | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude.value

    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Device | Error | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Device.from_dict(response.json())

        return response_200

    return None
