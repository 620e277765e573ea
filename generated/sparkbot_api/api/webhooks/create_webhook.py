"""POST /webhooks: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.create_webhook_body import CreateWebhookBody
from ...models.error import Error
from ...models.webhook import Webhook


def build_request(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Webhook | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

        return response_201

    return None
