from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_priority import DeliveryPriority
from ..models.enqueue_mode import EnqueueMode
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendEventMessage")


@_attrs_define
class SendEventMessage:
    """Send meeting event.

    Attributes:
        device (str): MongoDB ObjectId (24 hex characters).
        event (SendEventMessageEvent):
        phone (str | Unset): A phone number in E.164 form with a leading +, e.g. +34600111222.
        group (str | Unset): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        channel (str | Unset): A channel id, <digits>@newsletter.
        priority (DeliveryPriority | Unset):
        label (str | Unset): Label.
        reference (str | Unset): Reference ID.
        agent (str | Unset): A team agent (user) id: 24 lower-case hex characters.
        live (bool | Unset): Send in real-time (riskier, no queue).
        enqueue (EnqueueMode | Unset):
        retries (int | Unset): Maximum Retries. API default: 25.
        actions (list[ChatAction] | Unset): Chat actions to run after delivery.
        expiration (MessageExpiration | Unset): When an undelivered message expires: give one of seconds, duration or
            date.
        send_read_ack (bool | Unset): Mark Chat as Read.
        typing (int | Unset): Typing simulation.
        quote (str | Unset): A WhatsApp message id (18-32 hex characters).
        order (bool | Unset): Strict Message Order.
    """

    device: str
    event: SendEventMessageEvent
    phone: str | Unset = UNSET
    group: str | Unset = UNSET
    channel: str | Unset = UNSET
    priority: DeliveryPriority | Unset = UNSET
    label: str | Unset = UNSET
    reference: str | Unset = UNSET
    agent: str | Unset = UNSET
    live: bool | Unset = UNSET
    enqueue: EnqueueMode | Unset = UNSET
    retries: int | Unset = UNSET
    actions: list[ChatAction] | Unset = UNSET
    expiration: MessageExpiration | Unset = UNSET
    send_read_ack: bool | Unset = UNSET
    typing: int | Unset = UNSET
    quote: str | Unset = UNSET
    order: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        event = self.event.to_dict()

        phone = self.phone

        group = self.group

        channel = self.channel

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        label = self.label

        reference = self.reference

        agent = self.agent

        live = self.live

        enqueue: str | Unset = UNSET
        if not isinstance(self.enqueue, Unset):
            enqueue = self.enqueue.value

        retries = self.retries

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        send_read_ack = self.send_read_ack

        typing = self.typing

        quote = self.quote

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "event": event,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if group is not UNSET:
            field_dict["group"] = group
        if channel is not UNSET:
            field_dict["channel"] = channel
        if priority is not UNSET:
            field_dict["priority"] = priority
        if label is not UNSET:
            field_dict["label"] = label
        if reference is not UNSET:
            field_dict["reference"] = reference
        if agent is not UNSET:
            field_dict["agent"] = agent
        if live is not UNSET:
            field_dict["live"] = live
        if enqueue is not UNSET:
            field_dict["enqueue"] = enqueue
        if retries is not UNSET:
            field_dict["retries"] = retries
        if actions is not UNSET:
            field_dict["actions"] = actions
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if send_read_ack is not UNSET:
            field_dict["sendReadAck"] = send_read_ack
        if typing is not UNSET:
            field_dict["typing"] = typing
        if quote is not UNSET:
            field_dict["quote"] = quote
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device = d.pop("device")

        event = SendEventMessageEvent.from_dict(d.pop("event"))

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: DeliveryPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = DeliveryPriority(_priority)

        label = d.pop("label", UNSET)

        reference = d.pop("reference", UNSET)

        agent = d.pop("agent", UNSET)

        live = d.pop("live", UNSET)

        _enqueue = d.pop("enqueue", UNSET)
        enqueue: EnqueueMode | Unset
        if isinstance(_enqueue, Unset):
            enqueue = UNSET
        else:
            enqueue = EnqueueMode(_enqueue)

        retries = d.pop("retries", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[ChatAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ChatAction.from_dict(actions_item_data)

                actions.append(actions_item)

        _expiration = d.pop("expiration", UNSET)
        expiration: MessageExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = MessageExpiration.from_dict(_expiration)

        send_read_ack = d.pop("sendReadAck", UNSET)

        typing = d.pop("typing", UNSET)

        quote = d.pop("quote", UNSET)

        order = d.pop("order", UNSET)

        send_event_message = cls(
            device=device,
            event=event,
            phone=phone,
            group=group,
            channel=channel,
            priority=priority,
            label=label,
            reference=reference,
            agent=agent,
            live=live,
            enqueue=enqueue,
            retries=retries,
            actions=actions,
            expiration=expiration,
            send_read_ack=send_read_ack,
            typing=typing,
            quote=quote,
            order=order,
        )

        send_event_message.additional_properties = d
        return send_event_message

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
from ..models.send_event_message_event import SendEventMessageEvent  # noqa: E402
