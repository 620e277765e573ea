from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_priority import DeliveryPriority
from ..models.enqueue_mode import EnqueueMode
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class SendScheduledMessage(ApiModel):
    """Send scheduled message.

    Attributes:
        deliver_at (datetime.datetime): Delivery date.
        device (str | None): MongoDB ObjectId (24 hex characters).
        phone (str | None): A phone number in E.164 form with a leading +, e.g. +34600111222.
        group (str | None): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        channel (str | None): A channel id, <digits>@newsletter.
        priority (DeliveryPriority | None)
        label (str | None): Label.
        reference (str | None): Reference ID.
        agent (str | None): A team agent (user) id: 24 lower-case hex characters.
        live (bool | None): Send in real-time (riskier, no queue).
        enqueue (EnqueueMode | None)
        retries (int | None): Maximum Retries. API default: 25.
        actions (list[ChatAction] | None): Chat actions to run after delivery.
        expiration (MessageExpiration | None): When an undelivered message expires: give one of seconds, duration or
            date.
        send_read_ack (bool | None): Mark Chat as Read.
        typing (int | None): Typing simulation.
        quote (str | None): A WhatsApp message id (18-32 hex characters).
        order (bool | None): Strict Message Order.
        schedule (MessageOptionsSchedule | None): Deliver later: a time-notation delay (delayTo) or a date (see also
            deliverAt).
        message (str | None): Message.
    """

    deliver_at: datetime.datetime
    device: str | None = None
    phone: str | None = None
    group: str | None = None
    channel: str | None = None
    priority: DeliveryPriority | None = None
    label: str | None = None
    reference: str | None = None
    agent: str | None = None
    live: bool | None = None
    enqueue: EnqueueMode | None = None
    retries: int | None = None
    actions: list[ChatAction] | None = None
    expiration: MessageExpiration | None = None
    send_read_ack: bool | None = None
    typing: int | None = None
    quote: str | None = None
    order: bool | None = None
    schedule: MessageOptionsSchedule | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_action import ChatAction  # noqa: E402
from ..models.message_expiration import MessageExpiration  # noqa: E402
from ..models.message_options_schedule import MessageOptionsSchedule  # noqa: E402

SendScheduledMessage._api_fields = {
    "deliverAt": ("deliver_at", datetime.datetime.fromisoformat),
    "device": ("device", None),
    "phone": ("phone", None),
    "group": ("group", None),
    "channel": ("channel", None),
    "priority": ("priority", member(DeliveryPriority)),
    "label": ("label", None),
    "reference": ("reference", None),
    "agent": ("agent", None),
    "live": ("live", None),
    "enqueue": ("enqueue", member(EnqueueMode)),
    "retries": ("retries", None),
    "actions": ("actions", each(ChatAction.from_dict)),
    "expiration": ("expiration", MessageExpiration.from_dict),
    "sendReadAck": ("send_read_ack", None),
    "typing": ("typing", None),
    "quote": ("quote", None),
    "order": ("order", None),
    "schedule": ("schedule", MessageOptionsSchedule.from_dict),
    "message": ("message", None),
}
