from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_priority import OutboundPriority
from ..models.update_message_body_remove_item import UpdateMessageBodyRemoveItem
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateMessageBody")


@_attrs_define
class UpdateMessageBody:
    """
    Attributes:
        message (str | Unset): Message Text.
        phone (str | Unset): Phone Number.
        group (str | Unset): Group ID.
        channel (str | Unset): Channel ID.
        chat (str | Unset): Chat ID.
        device (str | Unset): Device ID.
        agent (str | Unset): Agent ID.
        deliver_at (datetime.datetime | Unset): Scheduled Delivery.
        priority (OutboundPriority | Unset):
        reference (str | Unset): Reference.
        remove (list[UpdateMessageBodyRemoveItem] | Unset): Remove Fields.
        label (str | Unset): Label.
    """

    message: str | Unset = UNSET
    phone: str | Unset = UNSET
    group: str | Unset = UNSET
    channel: str | Unset = UNSET
    chat: str | Unset = UNSET
    device: str | Unset = UNSET
    agent: str | Unset = UNSET
    deliver_at: datetime.datetime | Unset = UNSET
    priority: OutboundPriority | Unset = UNSET
    reference: str | Unset = UNSET
    remove: list[UpdateMessageBodyRemoveItem] | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        phone = self.phone

        group = self.group

        channel = self.channel

        chat = self.chat

        device = self.device

        agent = self.agent

        deliver_at: str | Unset = UNSET
        if not isinstance(self.deliver_at, Unset):
            deliver_at = self.deliver_at.isoformat()

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        reference = self.reference

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = remove_item_data.value
                remove.append(remove_item)

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if phone is not UNSET:
            field_dict["phone"] = phone
        if group is not UNSET:
            field_dict["group"] = group
        if channel is not UNSET:
            field_dict["channel"] = channel
        if chat is not UNSET:
            field_dict["chat"] = chat
        if device is not UNSET:
            field_dict["device"] = device
        if agent is not UNSET:
            field_dict["agent"] = agent
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at
        if priority is not UNSET:
            field_dict["priority"] = priority
        if reference is not UNSET:
            field_dict["reference"] = reference
        if remove is not UNSET:
            field_dict["remove"] = remove
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        phone = d.pop("phone", UNSET)

        group = d.pop("group", UNSET)

        channel = d.pop("channel", UNSET)

        chat = d.pop("chat", UNSET)

        device = d.pop("device", UNSET)

        agent = d.pop("agent", UNSET)

        _deliver_at = d.pop("deliverAt", UNSET)
        deliver_at: datetime.datetime | Unset
        if isinstance(_deliver_at, Unset):
            deliver_at = UNSET
        else:
            deliver_at = datetime.datetime.fromisoformat(_deliver_at)

        _priority = d.pop("priority", UNSET)
        priority: OutboundPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = OutboundPriority(_priority)

        reference = d.pop("reference", UNSET)

        _remove = d.pop("remove", UNSET)
        remove: list[UpdateMessageBodyRemoveItem] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = UpdateMessageBodyRemoveItem(remove_item_data)

                remove.append(remove_item)

        label = d.pop("label", UNSET)

        update_message_body = cls(
            message=message,
            phone=phone,
            group=group,
            channel=channel,
            chat=chat,
            device=device,
            agent=agent,
            deliver_at=deliver_at,
            priority=priority,
            reference=reference,
            remove=remove,
            label=label,
        )

        update_message_body.additional_properties = d
        return update_message_body

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
