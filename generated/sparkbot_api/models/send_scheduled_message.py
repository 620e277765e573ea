from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_priority import DeliveryPriority
from ..models.enqueue_mode import EnqueueMode
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="SendScheduledMessage")


@_attrs_define
class SendScheduledMessage:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.deliver_at is not None:  # a reply may lack even a required field
            deliver_at = api_datetime(self.deliver_at)
            field_dict["deliverAt"] = deliver_at

        if self.device is not None:
            field_dict["device"] = self.device

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.group is not None:
            field_dict["group"] = self.group

        if self.channel is not None:
            field_dict["channel"] = self.channel

        _priority_value = UNSET if self.priority is None else self.priority
        priority: str | Unset = UNSET
        if not isinstance(_priority_value, Unset):
            priority = _priority_value.value

        if priority is not UNSET:
            field_dict["priority"] = priority

        if self.label is not None:
            field_dict["label"] = self.label

        if self.reference is not None:
            field_dict["reference"] = self.reference

        if self.agent is not None:
            field_dict["agent"] = self.agent

        if self.live is not None:
            field_dict["live"] = self.live

        _enqueue_value = UNSET if self.enqueue is None else self.enqueue
        enqueue: str | Unset = UNSET
        if not isinstance(_enqueue_value, Unset):
            enqueue = _enqueue_value.value

        if enqueue is not UNSET:
            field_dict["enqueue"] = enqueue

        if self.retries is not None:
            field_dict["retries"] = self.retries

        _actions_value = UNSET if self.actions is None else self.actions
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_actions_value, Unset):
            actions = []
            for actions_item_data in _actions_value:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        if actions is not UNSET:
            field_dict["actions"] = actions

        _expiration_value = UNSET if self.expiration is None else self.expiration
        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(_expiration_value, Unset):
            expiration = _expiration_value.to_dict()
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        if self.send_read_ack is not None:
            field_dict["sendReadAck"] = self.send_read_ack

        if self.typing is not None:
            field_dict["typing"] = self.typing

        if self.quote is not None:
            field_dict["quote"] = self.quote

        if self.order is not None:
            field_dict["order"] = self.order

        _schedule_value = UNSET if self.schedule is None else self.schedule
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(_schedule_value, Unset):
            schedule = _schedule_value.to_dict()
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        if self.message is not None:
            field_dict["message"] = self.message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deliver_at: datetime.datetime | Unset
        try:
            deliver_at = datetime.datetime.fromisoformat(d["deliverAt"])

        except LENIENT:
            deliver_at = UNSET
        else:
            d.pop("deliverAt", None)

        device = d.pop("device", UNSET)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        try:
            _priority = d.get("priority", UNSET)
            priority: DeliveryPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = DeliveryPriority(_priority)

        except LENIENT:
            priority = UNSET
        else:
            d.pop("priority", None)

        label = d.pop("label", UNSET)

        reference = d.pop("reference", UNSET)

        agent = d.pop("agent", UNSET)

        live = d.pop("live", UNSET)

        try:
            _enqueue = d.get("enqueue", UNSET)
            enqueue: EnqueueMode | Unset
            if isinstance(_enqueue, Unset):
                enqueue = UNSET
            else:
                enqueue = EnqueueMode(_enqueue)

        except LENIENT:
            enqueue = UNSET
        else:
            d.pop("enqueue", None)

        retries = d.pop("retries", UNSET)

        try:
            _actions = d.get("actions", UNSET)
            actions: list[ChatAction] | Unset = UNSET
            if _actions is not UNSET:
                actions = []
                for actions_item_data in _actions:
                    actions_item = ChatAction.from_dict(actions_item_data)

                    actions.append(actions_item)

        except LENIENT:
            actions = UNSET
        else:
            d.pop("actions", None)

        try:
            _expiration = d.get("expiration", UNSET)
            expiration: MessageExpiration | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = MessageExpiration.from_dict(_expiration)

        except LENIENT:
            expiration = UNSET
        else:
            d.pop("expiration", None)

        send_read_ack = d.pop("sendReadAck", UNSET)

        typing = d.pop("typing", UNSET)

        quote = d.pop("quote", UNSET)

        order = d.pop("order", UNSET)

        try:
            _schedule = d.get("schedule", UNSET)
            schedule: MessageOptionsSchedule | Unset
            if isinstance(_schedule, Unset):
                schedule = UNSET
            else:
                schedule = MessageOptionsSchedule.from_dict(_schedule)

        except LENIENT:
            schedule = UNSET
        else:
            d.pop("schedule", None)

        message = d.pop("message", UNSET)

        send_scheduled_message = cls(
            deliver_at=cast(Any, None) if isinstance(deliver_at, Unset) else deliver_at,
            device=None if isinstance(device, Unset) else device,
            phone=None if isinstance(phone, Unset) else phone,
            group=None if isinstance(group, Unset) else group,
            channel=None if isinstance(channel, Unset) else channel,
            priority=None if isinstance(priority, Unset) else priority,
            label=None if isinstance(label, Unset) else label,
            reference=None if isinstance(reference, Unset) else reference,
            agent=None if isinstance(agent, Unset) else agent,
            live=None if isinstance(live, Unset) else live,
            enqueue=None if isinstance(enqueue, Unset) else enqueue,
            retries=None if isinstance(retries, Unset) else retries,
            actions=None if isinstance(actions, Unset) else actions,
            expiration=None if isinstance(expiration, Unset) else expiration,
            send_read_ack=None if isinstance(send_read_ack, Unset) else send_read_ack,
            typing=None if isinstance(typing, Unset) else typing,
            quote=None if isinstance(quote, Unset) else quote,
            order=None if isinstance(order, Unset) else order,
            schedule=None if isinstance(schedule, Unset) else schedule,
            message=None if isinstance(message, Unset) else message,
        )

        send_scheduled_message.additional_properties = d
        return send_scheduled_message

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


from ..models.chat_action import ChatAction  # noqa: E402
from ..models.message_expiration import MessageExpiration  # noqa: E402
from ..models.message_options_schedule import MessageOptionsSchedule  # noqa: E402
