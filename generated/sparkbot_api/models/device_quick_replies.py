from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceQuickReplies")


@_attrs_define
class DeviceQuickReplies:
    """
    Attributes:
        entries (list[QuickReply] | None)
    """

    entries: list[QuickReply] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _entries_value = UNSET if self.entries is None else self.entries
        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_entries_value, Unset):
            entries = []
            for entries_item_data in _entries_value:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _entries = d.get("entries", UNSET)
            entries: list[QuickReply] | Unset = UNSET
            if _entries is not UNSET:
                entries = []
                for entries_item_data in _entries:
                    entries_item = QuickReply.from_dict(entries_item_data)

                    entries.append(entries_item)

        except LENIENT:
            entries = UNSET
        else:
            d.pop("entries", None)

        device_quick_replies = cls(
            entries=None if isinstance(entries, Unset) else entries,
        )

        device_quick_replies.additional_properties = d
        return device_quick_replies

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


from ..models.quick_reply import QuickReply  # noqa: E402
