from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_priority import OutboundPriority
from ..models.update_message_body_remove_item import UpdateMessageBodyRemoveItem
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class UpdateMessageBody(ApiModel):
    """
    Attributes:
        message (str | None): Message Text.
        phone (str | None): Phone Number.
        group (str | None): Group ID.
        channel (str | None): Channel ID.
        chat (str | None): Chat ID.
        device (str | None): Device ID.
        agent (str | None): Agent ID.
        deliver_at (datetime.datetime | None): Scheduled Delivery.
        priority (OutboundPriority | None)
        reference (str | None): Reference.
        remove (list[UpdateMessageBodyRemoveItem] | None): Remove Fields.
        label (str | None): Label.
    """

    message: str | None = None
    phone: str | None = None
    group: str | None = None
    channel: str | None = None
    chat: str | None = None
    device: str | None = None
    agent: str | None = None
    deliver_at: datetime.datetime | None = None
    priority: OutboundPriority | None = None
    reference: str | None = None
    remove: list[UpdateMessageBodyRemoveItem] | None = None
    label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateMessageBody._api_fields = {
    "message": ("message", None),
    "phone": ("phone", None),
    "group": ("group", None),
    "channel": ("channel", None),
    "chat": ("chat", None),
    "device": ("device", None),
    "agent": ("agent", None),
    "deliverAt": ("deliver_at", datetime.datetime.fromisoformat),
    "priority": ("priority", member(OutboundPriority)),
    "reference": ("reference", None),
    "remove": ("remove", each(member(UpdateMessageBodyRemoveItem))),
    "label": ("label", None),
}
