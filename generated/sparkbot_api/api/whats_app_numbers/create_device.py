"""POST /devices: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.create_device_body import CreateDeviceBody
from ...models.device import Device
from ...models.error import Error


def build_request(
    *,
    body: CreateDeviceBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Device | Error | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = Device.from_dict(response.json())

        return response_201

    return None
