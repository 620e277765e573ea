"""GET /webhooks/{webhook_id}/logs: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.webhook_log import WebhookLog
from ...types import UNSET, Unset


def build_request(
    webhook_id: str,
    *,
    size: int | Unset = 20,
    skip: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["size"] = size

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/{webhook_id}/logs".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[WebhookLog] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WebhookLog.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
