from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_log_event import WebhookLogEvent
from ..models.webhook_log_object_event import WebhookLogObjectEvent
from ..models.webhook_log_object_type import WebhookLogObjectType
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class WebhookLog(ApiModel):
    """Webhook delivery log entry.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        webhook (str | WebhookLogWebhookType1 | None): an id, or the document itself.
        created_at (datetime.datetime | None)
        event (WebhookLogEvent | None)
        code (str | None)
        object_id (str | None)
        device_id (str | None)
        object_type (WebhookLogObjectType | None)
        object_event (WebhookLogObjectEvent | None)
        message (str | None)
        body (str | None)
        response_time (float | None): Response time in milliseconds.
        response_status (int | None)
        response_type (str | None)
        response_body (str | None)
    """

    id: str
    webhook: str | WebhookLogWebhookType1 | None = None
    created_at: datetime.datetime | None = None
    event: WebhookLogEvent | None = None
    code: str | None = None
    object_id: str | None = None
    device_id: str | None = None
    object_type: WebhookLogObjectType | None = None
    object_event: WebhookLogObjectEvent | None = None
    message: str | None = None
    body: str | None = None
    response_time: float | None = None
    response_status: int | None = None
    response_type: str | None = None
    response_body: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.webhook_log_webhook_type_1 import WebhookLogWebhookType1  # noqa: E402

WebhookLog._api_fields = {
    "id": ("id", None),
    "webhook": ("webhook", either((dict, WebhookLogWebhookType1.from_dict), as_is=True)),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "event": ("event", member(WebhookLogEvent)),
    "code": ("code", None),
    "objectId": ("object_id", None),
    "deviceId": ("device_id", None),
    "objectType": ("object_type", member(WebhookLogObjectType)),
    "objectEvent": ("object_event", member(WebhookLogObjectEvent)),
    "message": ("message", None),
    "body": ("body", None),
    "responseTime": ("response_time", None),
    "responseStatus": ("response_status", None),
    "responseType": ("response_type", None),
    "responseBody": ("response_body", None),
}
