from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delivery_status import MessageDeliveryStatus
from ..models.message_entity import MessageEntity
from ..models.message_priority import MessagePriority
from ..models.message_source import MessageSource
from ..models.message_status import MessageStatus
from ..models.message_webhook_status import MessageWebhookStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.user is not None:
            field_dict["user"] = self.user

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, MessageDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _entity_value = UNSET if self.entity is None else self.entity
        entity: str | Unset = UNSET
        if not isinstance(_entity_value, Unset):
            entity = _entity_value.value

        if entity is not UNSET:
            field_dict["entity"] = entity

        _contact_value = UNSET if self.contact is None else self.contact
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(_contact_value, Unset):
            contact = _contact_value.to_dict()
        if contact is not UNSET:
            field_dict["contact"] = contact

        if self.reference is not None:
            field_dict["reference"] = self.reference

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.group is not None:
            field_dict["group"] = self.group

        if self.channel is not None:
            field_dict["channel"] = self.channel

        if self.chat is not None:
            field_dict["chat"] = self.chat

        if self.wid is not None:
            field_dict["wid"] = self.wid

        _source_value = UNSET if self.source is None else self.source
        source: str | Unset = UNSET
        if not isinstance(_source_value, Unset):
            source = _source_value.value

        if source is not UNSET:
            field_dict["source"] = source

        if self.quote is not None:
            field_dict["quote"] = self.quote

        if self.forward is not None:
            field_dict["forward"] = self.forward

        if self.typing is not None:
            field_dict["typing"] = self.typing

        if self.select_id is not None:
            field_dict["selectId"] = self.select_id

        if self.wa_type is not None:
            field_dict["waType"] = self.wa_type

        if self.flow is not None:
            field_dict["flow"] = self.flow

        if self.wa_id is not None:
            field_dict["waId"] = self.wa_id

        if self.waba_id is not None:
            field_dict["wabaId"] = self.waba_id

        if self.waba_wid is not None:
            field_dict["wabaWid"] = self.waba_wid

        if self.message is not None:
            field_dict["message"] = self.message

        if self.header is not None:
            field_dict["header"] = self.header

        if self.header_type is not None:
            field_dict["headerType"] = self.header_type

        if self.header_file is not None:
            field_dict["headerFile"] = self.header_file

        if self.header_url is not None:
            field_dict["headerUrl"] = self.header_url

        if self.footer is not None:
            field_dict["footer"] = self.footer

        if self.product is not None:
            field_dict["product"] = self.product

        if self.reaction is not None:
            field_dict["reaction"] = self.reaction

        if self.reaction_message is not None:
            field_dict["reactionMessage"] = self.reaction_message

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _delivery_status_value = UNSET if self.delivery_status is None else self.delivery_status
        delivery_status: str | Unset = UNSET
        if not isinstance(_delivery_status_value, Unset):
            delivery_status = _delivery_status_value.value

        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status

        _webhook_status_value = UNSET if self.webhook_status is None else self.webhook_status
        webhook_status: str | Unset = UNSET
        if not isinstance(_webhook_status_value, Unset):
            webhook_status = _webhook_status_value.value

        if webhook_status is not UNSET:
            field_dict["webhookStatus"] = webhook_status

        if self.send_read_ack is not None:
            field_dict["sendReadAck"] = self.send_read_ack

        if self.failure_reason is not None:
            field_dict["failureReason"] = self.failure_reason

        _priority_value = UNSET if self.priority is None else self.priority
        priority: str | Unset = UNSET
        if not isinstance(_priority_value, Unset):
            priority = _priority_value.value

        if priority is not UNSET:
            field_dict["priority"] = priority

        if self.retention_policy is not None:
            field_dict["retentionPolicy"] = self.retention_policy

        _sent_at_value = UNSET if self.sent_at is None else self.sent_at
        sent_at: None | str | Unset
        if isinstance(_sent_at_value, Unset):
            sent_at = UNSET
        elif isinstance(_sent_at_value, datetime.datetime):
            sent_at = api_datetime(_sent_at_value)
        else:
            sent_at = _sent_at_value
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at

        _processed_at_value = UNSET if self.processed_at is None else self.processed_at
        processed_at: None | str | Unset
        if isinstance(_processed_at_value, Unset):
            processed_at = UNSET
        elif isinstance(_processed_at_value, datetime.datetime):
            processed_at = api_datetime(_processed_at_value)
        else:
            processed_at = _processed_at_value
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at

        _deliver_at_value = UNSET if self.deliver_at is None else self.deliver_at
        deliver_at: None | str | Unset
        if isinstance(_deliver_at_value, Unset):
            deliver_at = UNSET
        elif isinstance(_deliver_at_value, datetime.datetime):
            deliver_at = api_datetime(_deliver_at_value)
        else:
            deliver_at = _deliver_at_value
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at

        _expires_at_value = UNSET if self.expires_at is None else self.expires_at
        expires_at: None | str | Unset
        if isinstance(_expires_at_value, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_value, datetime.datetime):
            expires_at = api_datetime(_expires_at_value)
        else:
            expires_at = _expires_at_value
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        _expired_at_value = UNSET if self.expired_at is None else self.expired_at
        expired_at: None | str | Unset
        if isinstance(_expired_at_value, Unset):
            expired_at = UNSET
        elif isinstance(_expired_at_value, datetime.datetime):
            expired_at = api_datetime(_expired_at_value)
        else:
            expired_at = _expired_at_value
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at

        _failed_at_value = UNSET if self.failed_at is None else self.failed_at
        failed_at: None | str | Unset
        if isinstance(_failed_at_value, Unset):
            failed_at = UNSET
        elif isinstance(_failed_at_value, datetime.datetime):
            failed_at = api_datetime(_failed_at_value)
        else:
            failed_at = _failed_at_value
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at

        _delivery_options_value = UNSET if self.delivery_options is None else self.delivery_options
        delivery_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_delivery_options_value, Unset):
            delivery_options = _delivery_options_value.to_dict()
        if delivery_options is not UNSET:
            field_dict["deliveryOptions"] = delivery_options

        _media_value = UNSET if self.media is None else self.media
        media: dict[str, Any] | Unset = UNSET
        if not isinstance(_media_value, Unset):
            media = _media_value.to_dict()
        if media is not UNSET:
            field_dict["media"] = media

        _location_value = UNSET if self.location is None else self.location
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(_location_value, Unset):
            location = _location_value.to_dict()
        if location is not UNSET:
            field_dict["location"] = location

        _event_value = UNSET if self.event is None else self.event
        event: dict[str, Any] | Unset = UNSET
        if not isinstance(_event_value, Unset):
            event = _event_value.to_dict()
        if event is not UNSET:
            field_dict["event"] = event

        _attend_value = UNSET if self.attend is None else self.attend
        attend: dict[str, Any] | Unset = UNSET
        if not isinstance(_attend_value, Unset):
            attend = _attend_value.to_dict()
        if attend is not UNSET:
            field_dict["attend"] = attend

        _poll_value = UNSET if self.poll is None else self.poll
        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(_poll_value, Unset):
            poll = _poll_value.to_dict()
        if poll is not UNSET:
            field_dict["poll"] = poll

        _vote_value = UNSET if self.vote is None else self.vote
        vote: dict[str, Any] | Unset = UNSET
        if not isinstance(_vote_value, Unset):
            vote = _vote_value.to_dict()
        if vote is not UNSET:
            field_dict["vote"] = vote

        _list__value = UNSET if self.list_ is None else self.list_
        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(_list__value, Unset):
            list_ = _list__value.to_dict()
        if list_ is not UNSET:
            field_dict["list"] = list_

        _template_value = UNSET if self.template is None else self.template
        template: dict[str, Any] | Unset = UNSET
        if not isinstance(_template_value, Unset):
            template = _template_value.to_dict()
        if template is not UNSET:
            field_dict["template"] = template

        _retry_value = UNSET if self.retry is None else self.retry
        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(_retry_value, Unset):
            retry = _retry_value.to_dict()
        if retry is not UNSET:
            field_dict["retry"] = retry

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        _schedule_value = UNSET if self.schedule is None else self.schedule
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(_schedule_value, Unset):
            schedule = _schedule_value.to_dict()
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user = d.pop("user", UNSET)

        try:

            def _parse_device(data: object) -> MessageDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = MessageDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(MessageDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

        try:
            _entity = d.get("entity", UNSET)
            entity: MessageEntity | Unset
            if isinstance(_entity, Unset):
                entity = UNSET
            else:
                entity = MessageEntity(_entity)

        except LENIENT:
            entity = UNSET
        else:
            d.pop("entity", None)

        try:
            _contact = d.get("contact", UNSET)
            contact: MessageContact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = MessageContact.from_dict(_contact)

        except LENIENT:
            contact = UNSET
        else:
            d.pop("contact", None)

        reference = d.pop("reference", UNSET)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        chat = d.pop("chat", UNSET)

        wid = d.pop("wid", UNSET)

        try:
            _source = d.get("source", UNSET)
            source: MessageSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = MessageSource(_source)

        except LENIENT:
            source = UNSET
        else:
            d.pop("source", None)

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

        try:
            _status = d.get("status", UNSET)
            status: MessageStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = MessageStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _delivery_status = d.get("deliveryStatus", UNSET)
            delivery_status: MessageDeliveryStatus | Unset
            if isinstance(_delivery_status, Unset):
                delivery_status = UNSET
            else:
                delivery_status = MessageDeliveryStatus(_delivery_status)

        except LENIENT:
            delivery_status = UNSET
        else:
            d.pop("deliveryStatus", None)

        try:
            _webhook_status = d.get("webhookStatus", UNSET)
            webhook_status: MessageWebhookStatus | Unset
            if isinstance(_webhook_status, Unset):
                webhook_status = UNSET
            else:
                webhook_status = MessageWebhookStatus(_webhook_status)

        except LENIENT:
            webhook_status = UNSET
        else:
            d.pop("webhookStatus", None)

        send_read_ack = d.pop("sendReadAck", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        try:
            _priority = d.get("priority", UNSET)
            priority: MessagePriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = MessagePriority(_priority)

        except LENIENT:
            priority = UNSET
        else:
            d.pop("priority", None)

        retention_policy = d.pop("retentionPolicy", UNSET)

        try:

            def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    sent_at_type_0 = datetime.datetime.fromisoformat(data)

                    return sent_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            sent_at = _parse_sent_at(d.get("sentAt", UNSET))

        except LENIENT:
            sent_at = UNSET
        else:
            d.pop("sentAt", None)

        try:

            def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    processed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return processed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            processed_at = _parse_processed_at(d.get("processedAt", UNSET))

        except LENIENT:
            processed_at = UNSET
        else:
            d.pop("processedAt", None)

        try:

            def _parse_deliver_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deliver_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deliver_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            deliver_at = _parse_deliver_at(d.get("deliverAt", UNSET))

        except LENIENT:
            deliver_at = UNSET
        else:
            d.pop("deliverAt", None)

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expires_at = _parse_expires_at(d.get("expiresAt", UNSET))

        except LENIENT:
            expires_at = UNSET
        else:
            d.pop("expiresAt", None)

        try:

            def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expired_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expired_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expired_at = _parse_expired_at(d.get("expiredAt", UNSET))

        except LENIENT:
            expired_at = UNSET
        else:
            d.pop("expiredAt", None)

        try:

            def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    failed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return failed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            failed_at = _parse_failed_at(d.get("failedAt", UNSET))

        except LENIENT:
            failed_at = UNSET
        else:
            d.pop("failedAt", None)

        try:
            _delivery_options = d.get("deliveryOptions", UNSET)
            delivery_options: MessageDeliveryOptions | Unset
            if isinstance(_delivery_options, Unset):
                delivery_options = UNSET
            else:
                delivery_options = MessageDeliveryOptions.from_dict(_delivery_options)

        except LENIENT:
            delivery_options = UNSET
        else:
            d.pop("deliveryOptions", None)

        try:
            _media = d.get("media", UNSET)
            media: MessageMedia | Unset
            if isinstance(_media, Unset):
                media = UNSET
            else:
                media = MessageMedia.from_dict(_media)

        except LENIENT:
            media = UNSET
        else:
            d.pop("media", None)

        try:
            _location = d.get("location", UNSET)
            location: MessageLocation | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = MessageLocation.from_dict(_location)

        except LENIENT:
            location = UNSET
        else:
            d.pop("location", None)

        try:
            _event = d.get("event", UNSET)
            event: MessageEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = MessageEvent.from_dict(_event)

        except LENIENT:
            event = UNSET
        else:
            d.pop("event", None)

        try:
            _attend = d.get("attend", UNSET)
            attend: MessageAttend | Unset
            if isinstance(_attend, Unset):
                attend = UNSET
            else:
                attend = MessageAttend.from_dict(_attend)

        except LENIENT:
            attend = UNSET
        else:
            d.pop("attend", None)

        try:
            _poll = d.get("poll", UNSET)
            poll: MessagePoll | Unset
            if isinstance(_poll, Unset):
                poll = UNSET
            else:
                poll = MessagePoll.from_dict(_poll)

        except LENIENT:
            poll = UNSET
        else:
            d.pop("poll", None)

        try:
            _vote = d.get("vote", UNSET)
            vote: MessageVote | Unset
            if isinstance(_vote, Unset):
                vote = UNSET
            else:
                vote = MessageVote.from_dict(_vote)

        except LENIENT:
            vote = UNSET
        else:
            d.pop("vote", None)

        try:
            _list_ = d.get("list", UNSET)
            list_: MessageList | Unset
            if isinstance(_list_, Unset):
                list_ = UNSET
            else:
                list_ = MessageList.from_dict(_list_)

        except LENIENT:
            list_ = UNSET
        else:
            d.pop("list", None)

        try:
            _template = d.get("template", UNSET)
            template: MessageTemplate | Unset
            if isinstance(_template, Unset):
                template = UNSET
            else:
                template = MessageTemplate.from_dict(_template)

        except LENIENT:
            template = UNSET
        else:
            d.pop("template", None)

        try:
            _retry = d.get("retry", UNSET)
            retry: MessageRetry | Unset
            if isinstance(_retry, Unset):
                retry = UNSET
            else:
                retry = MessageRetry.from_dict(_retry)

        except LENIENT:
            retry = UNSET
        else:
            d.pop("retry", None)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        try:
            _schedule = d.get("schedule", UNSET)
            schedule: MessageSchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = MessageSchedule.from_dict(_schedule)

        except LENIENT:
            schedule = UNSET
        else:
            d.pop("schedule", None)

        message = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            user=None if isinstance(user, Unset) else user,
            device=None if isinstance(device, Unset) else device,
            entity=None if isinstance(entity, Unset) else entity,
            contact=None if isinstance(contact, Unset) else contact,
            reference=None if isinstance(reference, Unset) else reference,
            phone=None if isinstance(phone, Unset) else phone,
            group=None if isinstance(group, Unset) else group,
            channel=None if isinstance(channel, Unset) else channel,
            chat=None if isinstance(chat, Unset) else chat,
            wid=None if isinstance(wid, Unset) else wid,
            source=None if isinstance(source, Unset) else source,
            quote=None if isinstance(quote, Unset) else quote,
            forward=None if isinstance(forward, Unset) else forward,
            typing=None if isinstance(typing, Unset) else typing,
            select_id=None if isinstance(select_id, Unset) else select_id,
            wa_type=None if isinstance(wa_type, Unset) else wa_type,
            flow=None if isinstance(flow, Unset) else flow,
            wa_id=None if isinstance(wa_id, Unset) else wa_id,
            waba_id=None if isinstance(waba_id, Unset) else waba_id,
            waba_wid=None if isinstance(waba_wid, Unset) else waba_wid,
            message=None if isinstance(message, Unset) else message,
            header=None if isinstance(header, Unset) else header,
            header_type=None if isinstance(header_type, Unset) else header_type,
            header_file=None if isinstance(header_file, Unset) else header_file,
            header_url=None if isinstance(header_url, Unset) else header_url,
            footer=None if isinstance(footer, Unset) else footer,
            product=None if isinstance(product, Unset) else product,
            reaction=None if isinstance(reaction, Unset) else reaction,
            reaction_message=None if isinstance(reaction_message, Unset) else reaction_message,
            status=None if isinstance(status, Unset) else status,
            delivery_status=None if isinstance(delivery_status, Unset) else delivery_status,
            webhook_status=None if isinstance(webhook_status, Unset) else webhook_status,
            send_read_ack=None if isinstance(send_read_ack, Unset) else send_read_ack,
            failure_reason=None if isinstance(failure_reason, Unset) else failure_reason,
            priority=None if isinstance(priority, Unset) else priority,
            retention_policy=None if isinstance(retention_policy, Unset) else retention_policy,
            sent_at=None if isinstance(sent_at, Unset) else sent_at,
            processed_at=None if isinstance(processed_at, Unset) else processed_at,
            deliver_at=None if isinstance(deliver_at, Unset) else deliver_at,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            expired_at=None if isinstance(expired_at, Unset) else expired_at,
            failed_at=None if isinstance(failed_at, Unset) else failed_at,
            delivery_options=None if isinstance(delivery_options, Unset) else delivery_options,
            media=None if isinstance(media, Unset) else media,
            location=None if isinstance(location, Unset) else location,
            event=None if isinstance(event, Unset) else event,
            attend=None if isinstance(attend, Unset) else attend,
            poll=None if isinstance(poll, Unset) else poll,
            vote=None if isinstance(vote, Unset) else vote,
            list_=None if isinstance(list_, Unset) else list_,
            template=None if isinstance(template, Unset) else template,
            retry=None if isinstance(retry, Unset) else retry,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            schedule=None if isinstance(schedule, Unset) else schedule,
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
