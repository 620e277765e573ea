"""GET /messages: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.message import Message

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Message
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    search: Any = None,
    status: Any = None,
    delivery_status: Any = None,
    webhook_status: Any = None,
    include: Any = None,
    ids: Any = None,
    agents: Any = None,
    source: Any = None,
    target: Any = None,
    type_: Any = None,
    wa_ids: Any = None,
    devices: Any = None,
    device: Any = None,
    reference: Any = None,
    priority: Any = None,
    phone: Any = None,
    group: Any = None,
    channel: Any = None,
    after: Any = None,
    before: Any = None,
    created_after: Any = None,
    created_before: Any = None,
    sort: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/messages",
    }
    params = {
        "search": search,
        "status": status,
        "deliveryStatus": delivery_status,
        "webhookStatus": webhook_status,
        "include": include,
        "ids": ids,
        "agents": agents,
        "source": source,
        "target": target,
        "type": type_,
        "waIds": wa_ids,
        "devices": devices,
        "device": device,
        "reference": reference,
        "priority": priority,
        "phone": phone,
        "group": group,
        "channel": channel,
        "after": after,
        "before": before,
        "createdAfter": created_after,
        "createdBefore": created_before,
        "sort": sort,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
