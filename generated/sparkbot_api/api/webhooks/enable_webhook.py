"""POST /webhooks/{webhook_id}/enable: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.webhook import Webhook


def build_request(
    webhook_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks/{webhook_id}/enable".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | Webhook | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

        return response_201

    return None
