from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class UpdateWebhookBody(ApiModel):
    """
    Attributes:
        name (str): Webhook Name.
        url (str): Webhook URL.
        events (list[WebhookEvent] | None): Event Types.
        device (str | None): Device ID (Optional).
    """

    name: str
    url: str
    events: list[WebhookEvent] | None = None
    device: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateWebhookBody._api_fields = {
    "name": ("name", None),
    "url": ("url", None),
    "events": ("events", each(member(WebhookEvent))),
    "device": ("device", None),
}
