"""GET /webhooks: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.error import Error
from ...models.list_webhooks_status_item import ListWebhooksStatusItem
from ...models.webhook import Webhook
from ...types import UNSET, Unset


def build_request(
    *,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    json_devices: list[str] | Unset = UNSET
    if not isinstance(devices, Unset):
        json_devices = devices

    params["devices"] = json_devices

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["search"] = search

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[Webhook] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
