"""GET /webhooks/{webhook_id}/logs: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.webhook_log import WebhookLog
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = WebhookLog
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    webhook_id: str,
    *,
    size: Any = None,
    skip: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/webhooks/{path_segment(webhook_id)}/logs",
    }
    params = {
        "size": size,
        "skip": skip,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
