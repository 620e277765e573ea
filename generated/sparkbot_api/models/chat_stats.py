from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatStats")


@_attrs_define
class ChatStats:
    """
    Attributes:
        notes (int | Unset):
        local_messages (int | Unset):
        inbound_messages (int | Unset):
        outbound_messages (int | Unset):
    """

    notes: int | Unset = UNSET
    local_messages: int | Unset = UNSET
    inbound_messages: int | Unset = UNSET
    outbound_messages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        local_messages = self.local_messages

        inbound_messages = self.inbound_messages

        outbound_messages = self.outbound_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notes is not UNSET:
            field_dict["notes"] = notes
        if local_messages is not UNSET:
            field_dict["localMessages"] = local_messages
        if inbound_messages is not UNSET:
            field_dict["inboundMessages"] = inbound_messages
        if outbound_messages is not UNSET:
            field_dict["outboundMessages"] = outbound_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("notes", UNSET)

        local_messages = d.pop("localMessages", UNSET)

        inbound_messages = d.pop("inboundMessages", UNSET)

        outbound_messages = d.pop("outboundMessages", UNSET)

        chat_stats = cls(
            notes=notes,
            local_messages=local_messages,
            inbound_messages=inbound_messages,
            outbound_messages=outbound_messages,
        )

        chat_stats.additional_properties = d
        return chat_stats

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
