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
        notes (int | None)
        local_messages (int | None)
        inbound_messages (int | None)
        outbound_messages (int | None)
    """

    notes: int | None = None
    local_messages: int | None = None
    inbound_messages: int | None = None
    outbound_messages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _notes_value = UNSET if self.notes is None else self.notes
        notes = _notes_value
        if notes is not UNSET:
            field_dict["notes"] = notes

        _local_messages_value = UNSET if self.local_messages is None else self.local_messages
        local_messages = _local_messages_value
        if local_messages is not UNSET:
            field_dict["localMessages"] = local_messages

        _inbound_messages_value = UNSET if self.inbound_messages is None else self.inbound_messages
        inbound_messages = _inbound_messages_value
        if inbound_messages is not UNSET:
            field_dict["inboundMessages"] = inbound_messages

        _outbound_messages_value = UNSET if self.outbound_messages is None else self.outbound_messages
        outbound_messages = _outbound_messages_value
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
            notes=None if isinstance(notes, Unset) else notes,
            local_messages=None if isinstance(local_messages, Unset) else local_messages,
            inbound_messages=None if isinstance(inbound_messages, Unset) else inbound_messages,
            outbound_messages=None if isinstance(outbound_messages, Unset) else outbound_messages,
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
