from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_priority import OutboundPriority
from ..models.update_message_body_remove_item import UpdateMessageBodyRemoveItem
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateMessageBody")


@_attrs_define
class UpdateMessageBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _phone_value = UNSET if self.phone is None else self.phone
        phone = _phone_value
        if phone is not UNSET:
            field_dict["phone"] = phone

        _group_value = UNSET if self.group is None else self.group
        group = _group_value
        if group is not UNSET:
            field_dict["group"] = group

        _channel_value = UNSET if self.channel is None else self.channel
        channel = _channel_value
        if channel is not UNSET:
            field_dict["channel"] = channel

        _chat_value = UNSET if self.chat is None else self.chat
        chat = _chat_value
        if chat is not UNSET:
            field_dict["chat"] = chat

        _device_value = UNSET if self.device is None else self.device
        device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _agent_value = UNSET if self.agent is None else self.agent
        agent = _agent_value
        if agent is not UNSET:
            field_dict["agent"] = agent

        _deliver_at_value = UNSET if self.deliver_at is None else self.deliver_at
        deliver_at: str | Unset = UNSET
        if not isinstance(_deliver_at_value, Unset):
            deliver_at = _deliver_at_value.isoformat()
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at

        _priority_value = UNSET if self.priority is None else self.priority
        priority: str | Unset = UNSET
        if not isinstance(_priority_value, Unset):
            priority = _priority_value.value

        if priority is not UNSET:
            field_dict["priority"] = priority

        _reference_value = UNSET if self.reference is None else self.reference
        reference = _reference_value
        if reference is not UNSET:
            field_dict["reference"] = reference

        _remove_value = UNSET if self.remove is None else self.remove
        remove: list[str] | Unset = UNSET
        if not isinstance(_remove_value, Unset):
            remove = []
            for remove_item_data in _remove_value:
                remove_item = remove_item_data.value
                remove.append(remove_item)

        if remove is not UNSET:
            field_dict["remove"] = remove

        _label_value = UNSET if self.label is None else self.label
        label = _label_value
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

        try:
            _deliver_at = d.get("deliverAt", UNSET)
            deliver_at: datetime.datetime | Unset
            if isinstance(_deliver_at, Unset):
                deliver_at = UNSET
            else:
                deliver_at = datetime.datetime.fromisoformat(_deliver_at)

        except LENIENT:
            deliver_at = UNSET
        else:
            d.pop("deliverAt", None)

        try:
            _priority = d.get("priority", UNSET)
            priority: OutboundPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = OutboundPriority(_priority)

        except LENIENT:
            priority = UNSET
        else:
            d.pop("priority", None)

        reference = d.pop("reference", UNSET)

        try:
            _remove = d.get("remove", UNSET)
            remove: list[UpdateMessageBodyRemoveItem] | Unset = UNSET
            if _remove is not UNSET:
                remove = []
                for remove_item_data in _remove:
                    remove_item = UpdateMessageBodyRemoveItem(remove_item_data)

                    remove.append(remove_item)

        except LENIENT:
            remove = UNSET
        else:
            d.pop("remove", None)

        label = d.pop("label", UNSET)

        update_message_body = cls(
            message=None if isinstance(message, Unset) else message,
            phone=None if isinstance(phone, Unset) else phone,
            group=None if isinstance(group, Unset) else group,
            channel=None if isinstance(channel, Unset) else channel,
            chat=None if isinstance(chat, Unset) else chat,
            device=None if isinstance(device, Unset) else device,
            agent=None if isinstance(agent, Unset) else agent,
            deliver_at=None if isinstance(deliver_at, Unset) else deliver_at,
            priority=None if isinstance(priority, Unset) else priority,
            reference=None if isinstance(reference, Unset) else reference,
            remove=None if isinstance(remove, Unset) else remove,
            label=None if isinstance(label, Unset) else label,
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
