from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delivery_status import MessageDeliveryStatus
from ..models.message_entity import MessageEntity
from ..models.message_priority import MessagePriority
from ..models.message_source import MessageSource
from ..models.message_status import MessageStatus
from ..models.message_webhook_status import MessageWebhookStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Outbound message (queued through POST /messages).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (str | Unset): Owner user ID.
        device (str | Unset): Device (number) ID.
        entity (MessageEntity | Unset):
        contact (MessageContact | Unset): Target contact (free-form).
        reference (str | Unset):
        phone (str | Unset):
        group (str | Unset):
        channel (str | Unset):
        chat (str | Unset):
        wid (str | Unset): Target chat WhatsApp ID.
        source (MessageSource | Unset):
        quote (str | Unset):
        forward (str | Unset): WhatsApp message ID to forward.
        typing (int | Unset):
        select_id (str | Unset):
        wa_type (str | Unset):
        flow (str | Unset):
        wa_id (str | Unset): WhatsApp message ID once sent.
        waba_id (str | Unset):
        waba_wid (str | Unset):
        message (str | Unset): Message text.
        header (str | Unset):
        header_type (str | Unset):
        header_file (str | Unset): Header media file ID.
        header_url (str | Unset):
        footer (str | Unset):
        product (str | Unset):
        reaction (str | Unset):
        reaction_message (str | Unset):
        status (MessageStatus | Unset): Message status (the search filter and the official definition together).
        delivery_status (MessageDeliveryStatus | Unset):
        webhook_status (MessageWebhookStatus | Unset):
        send_read_ack (bool | Unset):
        failure_reason (str | Unset):
        priority (MessagePriority | Unset):
        retention_policy (str | Unset):
        sent_at (datetime.datetime | Unset):
        processed_at (datetime.datetime | Unset):
        deliver_at (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        expired_at (datetime.datetime | Unset):
        failed_at (datetime.datetime | Unset):
        delivery_options (MessageDeliveryOptions | Unset):
        media (MessageMedia | Unset):
        location (MessageLocation | Unset):
        event (MessageEvent | Unset):
        attend (MessageAttend | Unset):
        poll (MessagePoll | Unset):
        vote (MessageVote | Unset):
        list_ (MessageList | Unset):
        template (MessageTemplate | Unset):
        retry (MessageRetry | Unset):
    """

    id: str
    user: str | Unset = UNSET
    device: str | Unset = UNSET
    entity: MessageEntity | Unset = UNSET
    contact: MessageContact | Unset = UNSET
    reference: str | Unset = UNSET
    phone: str | Unset = UNSET
    group: str | Unset = UNSET
    channel: str | Unset = UNSET
    chat: str | Unset = UNSET
    wid: str | Unset = UNSET
    source: MessageSource | Unset = UNSET
    quote: str | Unset = UNSET
    forward: str | Unset = UNSET
    typing: int | Unset = UNSET
    select_id: str | Unset = UNSET
    wa_type: str | Unset = UNSET
    flow: str | Unset = UNSET
    wa_id: str | Unset = UNSET
    waba_id: str | Unset = UNSET
    waba_wid: str | Unset = UNSET
    message: str | Unset = UNSET
    header: str | Unset = UNSET
    header_type: str | Unset = UNSET
    header_file: str | Unset = UNSET
    header_url: str | Unset = UNSET
    footer: str | Unset = UNSET
    product: str | Unset = UNSET
    reaction: str | Unset = UNSET
    reaction_message: str | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    delivery_status: MessageDeliveryStatus | Unset = UNSET
    webhook_status: MessageWebhookStatus | Unset = UNSET
    send_read_ack: bool | Unset = UNSET
    failure_reason: str | Unset = UNSET
    priority: MessagePriority | Unset = UNSET
    retention_policy: str | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    processed_at: datetime.datetime | Unset = UNSET
    deliver_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | Unset = UNSET
    failed_at: datetime.datetime | Unset = UNSET
    delivery_options: MessageDeliveryOptions | Unset = UNSET
    media: MessageMedia | Unset = UNSET
    location: MessageLocation | Unset = UNSET
    event: MessageEvent | Unset = UNSET
    attend: MessageAttend | Unset = UNSET
    poll: MessagePoll | Unset = UNSET
    vote: MessageVote | Unset = UNSET
    list_: MessageList | Unset = UNSET
    template: MessageTemplate | Unset = UNSET
    retry: MessageRetry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        device = self.device

        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        reference = self.reference

        phone = self.phone

        group = self.group

        channel = self.channel

        chat = self.chat

        wid = self.wid

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        quote = self.quote

        forward = self.forward

        typing = self.typing

        select_id = self.select_id

        wa_type = self.wa_type

        flow = self.flow

        wa_id = self.wa_id

        waba_id = self.waba_id

        waba_wid = self.waba_wid

        message = self.message

        header = self.header

        header_type = self.header_type

        header_file = self.header_file

        header_url = self.header_url

        footer = self.footer

        product = self.product

        reaction = self.reaction

        reaction_message = self.reaction_message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        delivery_status: str | Unset = UNSET
        if not isinstance(self.delivery_status, Unset):
            delivery_status = self.delivery_status.value

        webhook_status: str | Unset = UNSET
        if not isinstance(self.webhook_status, Unset):
            webhook_status = self.webhook_status.value

        send_read_ack = self.send_read_ack

        failure_reason = self.failure_reason

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        retention_policy = self.retention_policy

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        processed_at: str | Unset = UNSET
        if not isinstance(self.processed_at, Unset):
            processed_at = self.processed_at.isoformat()

        deliver_at: str | Unset = UNSET
        if not isinstance(self.deliver_at, Unset):
            deliver_at = self.deliver_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        expired_at: str | Unset = UNSET
        if not isinstance(self.expired_at, Unset):
            expired_at = self.expired_at.isoformat()

        failed_at: str | Unset = UNSET
        if not isinstance(self.failed_at, Unset):
            failed_at = self.failed_at.isoformat()

        delivery_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_options, Unset):
            delivery_options = self.delivery_options.to_dict()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        attend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attend, Unset):
            attend = self.attend.to_dict()

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        vote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vote, Unset):
            vote = self.vote.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if device is not UNSET:
            field_dict["device"] = device
        if entity is not UNSET:
            field_dict["entity"] = entity
        if contact is not UNSET:
            field_dict["contact"] = contact
        if reference is not UNSET:
            field_dict["reference"] = reference
        if phone is not UNSET:
            field_dict["phone"] = phone
        if group is not UNSET:
            field_dict["group"] = group
        if channel is not UNSET:
            field_dict["channel"] = channel
        if chat is not UNSET:
            field_dict["chat"] = chat
        if wid is not UNSET:
            field_dict["wid"] = wid
        if source is not UNSET:
            field_dict["source"] = source
        if quote is not UNSET:
            field_dict["quote"] = quote
        if forward is not UNSET:
            field_dict["forward"] = forward
        if typing is not UNSET:
            field_dict["typing"] = typing
        if select_id is not UNSET:
            field_dict["selectId"] = select_id
        if wa_type is not UNSET:
            field_dict["waType"] = wa_type
        if flow is not UNSET:
            field_dict["flow"] = flow
        if wa_id is not UNSET:
            field_dict["waId"] = wa_id
        if waba_id is not UNSET:
            field_dict["wabaId"] = waba_id
        if waba_wid is not UNSET:
            field_dict["wabaWid"] = waba_wid
        if message is not UNSET:
            field_dict["message"] = message
        if header is not UNSET:
            field_dict["header"] = header
        if header_type is not UNSET:
            field_dict["headerType"] = header_type
        if header_file is not UNSET:
            field_dict["headerFile"] = header_file
        if header_url is not UNSET:
            field_dict["headerUrl"] = header_url
        if footer is not UNSET:
            field_dict["footer"] = footer
        if product is not UNSET:
            field_dict["product"] = product
        if reaction is not UNSET:
            field_dict["reaction"] = reaction
        if reaction_message is not UNSET:
            field_dict["reactionMessage"] = reaction_message
        if status is not UNSET:
            field_dict["status"] = status
        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status
        if webhook_status is not UNSET:
            field_dict["webhookStatus"] = webhook_status
        if send_read_ack is not UNSET:
            field_dict["sendReadAck"] = send_read_ack
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if priority is not UNSET:
            field_dict["priority"] = priority
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at
        if delivery_options is not UNSET:
            field_dict["deliveryOptions"] = delivery_options
        if media is not UNSET:
            field_dict["media"] = media
        if location is not UNSET:
            field_dict["location"] = location
        if event is not UNSET:
            field_dict["event"] = event
        if attend is not UNSET:
            field_dict["attend"] = attend
        if poll is not UNSET:
            field_dict["poll"] = poll
        if vote is not UNSET:
            field_dict["vote"] = vote
        if list_ is not UNSET:
            field_dict["list"] = list_
        if template is not UNSET:
            field_dict["template"] = template
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user", UNSET)

        device = d.pop("device", UNSET)

        _entity = d.pop("entity", UNSET)
        entity: MessageEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = MessageEntity(_entity)

        _contact = d.pop("contact", UNSET)
        contact: MessageContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = MessageContact.from_dict(_contact)

        reference = d.pop("reference", UNSET)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        chat = d.pop("chat", UNSET)

        wid = d.pop("wid", UNSET)

        _source = d.pop("source", UNSET)
        source: MessageSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = MessageSource(_source)

        quote = d.pop("quote", UNSET)

        forward = d.pop("forward", UNSET)

        typing = d.pop("typing", UNSET)

        select_id = d.pop("selectId", UNSET)

        wa_type = d.pop("waType", UNSET)

        flow = d.pop("flow", UNSET)

        wa_id = d.pop("waId", UNSET)

        waba_id = d.pop("wabaId", UNSET)

        waba_wid = d.pop("wabaWid", UNSET)

        message = d.pop("message", UNSET)

        header = d.pop("header", UNSET)

        header_type = d.pop("headerType", UNSET)

        header_file = d.pop("headerFile", UNSET)

        header_url = d.pop("headerUrl", UNSET)

        footer = d.pop("footer", UNSET)

        product = d.pop("product", UNSET)

        reaction = d.pop("reaction", UNSET)

        reaction_message = d.pop("reactionMessage", UNSET)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageStatus(_status)

        _delivery_status = d.pop("deliveryStatus", UNSET)
        delivery_status: MessageDeliveryStatus | Unset
        if isinstance(_delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = MessageDeliveryStatus(_delivery_status)

        _webhook_status = d.pop("webhookStatus", UNSET)
        webhook_status: MessageWebhookStatus | Unset
        if isinstance(_webhook_status, Unset):
            webhook_status = UNSET
        else:
            webhook_status = MessageWebhookStatus(_webhook_status)

        send_read_ack = d.pop("sendReadAck", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: MessagePriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = MessagePriority(_priority)

        retention_policy = d.pop("retentionPolicy", UNSET)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _processed_at = d.pop("processedAt", UNSET)
        processed_at: datetime.datetime | Unset
        if isinstance(_processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = datetime.datetime.fromisoformat(_processed_at)

        _deliver_at = d.pop("deliverAt", UNSET)
        deliver_at: datetime.datetime | Unset
        if isinstance(_deliver_at, Unset):
            deliver_at = UNSET
        else:
            deliver_at = datetime.datetime.fromisoformat(_deliver_at)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _expired_at = d.pop("expiredAt", UNSET)
        expired_at: datetime.datetime | Unset
        if isinstance(_expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = datetime.datetime.fromisoformat(_expired_at)

        _failed_at = d.pop("failedAt", UNSET)
        failed_at: datetime.datetime | Unset
        if isinstance(_failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = datetime.datetime.fromisoformat(_failed_at)

        _delivery_options = d.pop("deliveryOptions", UNSET)
        delivery_options: MessageDeliveryOptions | Unset
        if isinstance(_delivery_options, Unset):
            delivery_options = UNSET
        else:
            delivery_options = MessageDeliveryOptions.from_dict(_delivery_options)

        _media = d.pop("media", UNSET)
        media: MessageMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = MessageMedia.from_dict(_media)

        _location = d.pop("location", UNSET)
        location: MessageLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = MessageLocation.from_dict(_location)

        _event = d.pop("event", UNSET)
        event: MessageEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = MessageEvent.from_dict(_event)

        _attend = d.pop("attend", UNSET)
        attend: MessageAttend | Unset
        if isinstance(_attend, Unset):
            attend = UNSET
        else:
            attend = MessageAttend.from_dict(_attend)

        _poll = d.pop("poll", UNSET)
        poll: MessagePoll | Unset
        if isinstance(_poll, Unset):
            poll = UNSET
        else:
            poll = MessagePoll.from_dict(_poll)

        _vote = d.pop("vote", UNSET)
        vote: MessageVote | Unset
        if isinstance(_vote, Unset):
            vote = UNSET
        else:
            vote = MessageVote.from_dict(_vote)

        _list_ = d.pop("list", UNSET)
        list_: MessageList | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = MessageList.from_dict(_list_)

        _template = d.pop("template", UNSET)
        template: MessageTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = MessageTemplate.from_dict(_template)

        _retry = d.pop("retry", UNSET)
        retry: MessageRetry | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = MessageRetry.from_dict(_retry)

        message = cls(
            id=id,
            user=user,
            device=device,
            entity=entity,
            contact=contact,
            reference=reference,
            phone=phone,
            group=group,
            channel=channel,
            chat=chat,
            wid=wid,
            source=source,
            quote=quote,
            forward=forward,
            typing=typing,
            select_id=select_id,
            wa_type=wa_type,
            flow=flow,
            wa_id=wa_id,
            waba_id=waba_id,
            waba_wid=waba_wid,
            message=message,
            header=header,
            header_type=header_type,
            header_file=header_file,
            header_url=header_url,
            footer=footer,
            product=product,
            reaction=reaction,
            reaction_message=reaction_message,
            status=status,
            delivery_status=delivery_status,
            webhook_status=webhook_status,
            send_read_ack=send_read_ack,
            failure_reason=failure_reason,
            priority=priority,
            retention_policy=retention_policy,
            sent_at=sent_at,
            processed_at=processed_at,
            deliver_at=deliver_at,
            expires_at=expires_at,
            expired_at=expired_at,
            failed_at=failed_at,
            delivery_options=delivery_options,
            media=media,
            location=location,
            event=event,
            attend=attend,
            poll=poll,
            vote=vote,
            list_=list_,
            template=template,
            retry=retry,
        )

        message.additional_properties = d
        return message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.message_attend import MessageAttend  # noqa: E402
from ..models.message_contact import MessageContact  # noqa: E402
from ..models.message_delivery_options import MessageDeliveryOptions  # noqa: E402
from ..models.message_event import MessageEvent  # noqa: E402
from ..models.message_list import MessageList  # noqa: E402
from ..models.message_location import MessageLocation  # noqa: E402
from ..models.message_media import MessageMedia  # noqa: E402
from ..models.message_poll import MessagePoll  # noqa: E402
from ..models.message_retry import MessageRetry  # noqa: E402
from ..models.message_template import MessageTemplate  # noqa: E402
from ..models.message_vote import MessageVote  # noqa: E402
