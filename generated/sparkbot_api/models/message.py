from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delivery_status import MessageDeliveryStatus
from ..models.message_entity import MessageEntity
from ..models.message_priority import MessagePriority
from ..models.message_source import MessageSource
from ..models.message_status import MessageStatus
from ..models.message_webhook_status import MessageWebhookStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class Message(ApiModel):
    """Outbound message (queued through POST /messages).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (str | None): Owner user ID.
        device (MessageDeviceType1 | str | None): Device (number) id, or the device itself.
        entity (MessageEntity | None)
        contact (MessageContact | None): Target contact (free-form).
        reference (str | None)
        phone (str | None)
        group (str | None)
        channel (str | None)
        chat (str | None)
        wid (str | None): Target chat WhatsApp ID.
        source (MessageSource | None)
        quote (str | None)
        forward (str | None): WhatsApp message ID to forward.
        typing (int | None)
        select_id (str | None)
        wa_type (str | None)
        flow (str | None)
        wa_id (str | None): WhatsApp message ID once sent.
        waba_id (str | None)
        waba_wid (str | None)
        message (str | None): Message text.
        header (str | None)
        header_type (str | None)
        header_file (str | None): Header media file ID.
        header_url (str | None)
        footer (str | None)
        product (str | None)
        reaction (str | None)
        reaction_message (str | None)
        status (MessageStatus | None): Message status (the search filter and the official definition together).
        delivery_status (MessageDeliveryStatus | None)
        webhook_status (MessageWebhookStatus | None)
        send_read_ack (bool | None)
        failure_reason (str | None)
        priority (MessagePriority | None)
        retention_policy (str | None)
        sent_at (datetime.datetime | None)
        processed_at (datetime.datetime | None)
        deliver_at (datetime.datetime | None)
        expires_at (datetime.datetime | None)
        expired_at (datetime.datetime | None)
        failed_at (datetime.datetime | None)
        delivery_options (MessageDeliveryOptions | None)
        media (MessageMedia | None)
        location (MessageLocation | None)
        event (MessageEvent | None)
        attend (MessageAttend | None)
        poll (MessagePoll | None)
        vote (MessageVote | None)
        list_ (MessageList | None)
        template (MessageTemplate | None)
        retry (MessageRetry | None)
        created_at (datetime.datetime | None): When the message was queued.
        updated_at (datetime.datetime | None)
        schedule (MessageSchedule | None)
    """

    id: str
    user: str | None = None
    device: MessageDeviceType1 | str | None = None
    entity: MessageEntity | None = None
    contact: MessageContact | None = None
    reference: str | None = None
    phone: str | None = None
    group: str | None = None
    channel: str | None = None
    chat: str | None = None
    wid: str | None = None
    source: MessageSource | None = None
    quote: str | None = None
    forward: str | None = None
    typing: int | None = None
    select_id: str | None = None
    wa_type: str | None = None
    flow: str | None = None
    wa_id: str | None = None
    waba_id: str | None = None
    waba_wid: str | None = None
    message: str | None = None
    header: str | None = None
    header_type: str | None = None
    header_file: str | None = None
    header_url: str | None = None
    footer: str | None = None
    product: str | None = None
    reaction: str | None = None
    reaction_message: str | None = None
    status: MessageStatus | None = None
    delivery_status: MessageDeliveryStatus | None = None
    webhook_status: MessageWebhookStatus | None = None
    send_read_ack: bool | None = None
    failure_reason: str | None = None
    priority: MessagePriority | None = None
    retention_policy: str | None = None
    sent_at: datetime.datetime | None = None
    processed_at: datetime.datetime | None = None
    deliver_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    expired_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    delivery_options: MessageDeliveryOptions | None = None
    media: MessageMedia | None = None
    location: MessageLocation | None = None
    event: MessageEvent | None = None
    attend: MessageAttend | None = None
    poll: MessagePoll | None = None
    vote: MessageVote | None = None
    list_: MessageList | None = None
    template: MessageTemplate | None = None
    retry: MessageRetry | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    schedule: MessageSchedule | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.message_attend import MessageAttend  # noqa: E402
from ..models.message_contact import MessageContact  # noqa: E402
from ..models.message_delivery_options import MessageDeliveryOptions  # noqa: E402
from ..models.message_device_type_1 import MessageDeviceType1  # noqa: E402
from ..models.message_event import MessageEvent  # noqa: E402
from ..models.message_list import MessageList  # noqa: E402
from ..models.message_location import MessageLocation  # noqa: E402
from ..models.message_media import MessageMedia  # noqa: E402
from ..models.message_poll import MessagePoll  # noqa: E402
from ..models.message_retry import MessageRetry  # noqa: E402
from ..models.message_schedule import MessageSchedule  # noqa: E402
from ..models.message_template import MessageTemplate  # noqa: E402
from ..models.message_vote import MessageVote  # noqa: E402

Message._api_fields = {
    "id": ("id", None),
    "user": ("user", None),
    "device": ("device", either((dict, MessageDeviceType1.from_dict), as_is=True)),
    "entity": ("entity", member(MessageEntity)),
    "contact": ("contact", MessageContact.from_dict),
    "reference": ("reference", None),
    "phone": ("phone", None),
    "group": ("group", None),
    "channel": ("channel", None),
    "chat": ("chat", None),
    "wid": ("wid", None),
    "source": ("source", member(MessageSource)),
    "quote": ("quote", None),
    "forward": ("forward", None),
    "typing": ("typing", None),
    "selectId": ("select_id", None),
    "waType": ("wa_type", None),
    "flow": ("flow", None),
    "waId": ("wa_id", None),
    "wabaId": ("waba_id", None),
    "wabaWid": ("waba_wid", None),
    "message": ("message", None),
    "header": ("header", None),
    "headerType": ("header_type", None),
    "headerFile": ("header_file", None),
    "headerUrl": ("header_url", None),
    "footer": ("footer", None),
    "product": ("product", None),
    "reaction": ("reaction", None),
    "reactionMessage": ("reaction_message", None),
    "status": ("status", member(MessageStatus)),
    "deliveryStatus": ("delivery_status", member(MessageDeliveryStatus)),
    "webhookStatus": ("webhook_status", member(MessageWebhookStatus)),
    "sendReadAck": ("send_read_ack", None),
    "failureReason": ("failure_reason", None),
    "priority": ("priority", member(MessagePriority)),
    "retentionPolicy": ("retention_policy", None),
    "sentAt": ("sent_at", nullable(datetime.datetime.fromisoformat)),
    "processedAt": ("processed_at", nullable(datetime.datetime.fromisoformat)),
    "deliverAt": ("deliver_at", nullable(datetime.datetime.fromisoformat)),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
    "expiredAt": ("expired_at", nullable(datetime.datetime.fromisoformat)),
    "failedAt": ("failed_at", nullable(datetime.datetime.fromisoformat)),
    "deliveryOptions": ("delivery_options", MessageDeliveryOptions.from_dict),
    "media": ("media", MessageMedia.from_dict),
    "location": ("location", MessageLocation.from_dict),
    "event": ("event", MessageEvent.from_dict),
    "attend": ("attend", MessageAttend.from_dict),
    "poll": ("poll", MessagePoll.from_dict),
    "vote": ("vote", MessageVote.from_dict),
    "list": ("list_", MessageList.from_dict),
    "template": ("template", MessageTemplate.from_dict),
    "retry": ("retry", MessageRetry.from_dict),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "schedule": ("schedule", MessageSchedule.from_dict),
}
