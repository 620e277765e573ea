from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_priority import OutboundPriority
from ..models.update_message_body_remove_item import UpdateMessageBodyRemoveItem
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

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
        if self.message is not None:
            field_dict["message"] = self.message

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.group is not None:
            field_dict["group"] = self.group

        if self.channel is not None:
            field_dict["channel"] = self.channel

        if self.chat is not None:
            field_dict["chat"] = self.chat

        if self.device is not None:
            field_dict["device"] = self.device

        if self.agent is not None:
            field_dict["agent"] = self.agent

        _deliver_at_value = UNSET if self.deliver_at is None else self.deliver_at
        deliver_at: str | Unset = UNSET
        if not isinstance(_deliver_at_value, Unset):
            deliver_at = api_datetime(_deliver_at_value)
        if deliver_at is not UNSET:
            field_dict["deliverAt"] = deliver_at

        _priority_value = UNSET if self.priority is None else self.priority
        priority: str | Unset = UNSET
        if not isinstance(_priority_value, Unset):
            priority = _priority_value.value

        if priority is not UNSET:
            field_dict["priority"] = priority

        if self.reference is not None:
            field_dict["reference"] = self.reference

        _remove_value = UNSET if self.remove is None else self.remove
        remove: list[str] | Unset = UNSET
        if not isinstance(_remove_value, Unset):
            remove = []
            for remove_item_data in _remove_value:
                remove_item = remove_item_data.value
                remove.append(remove_item)

        if remove is not UNSET:
            field_dict["remove"] = remove

        if self.label is not None:
            field_dict["label"] = self.label

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
