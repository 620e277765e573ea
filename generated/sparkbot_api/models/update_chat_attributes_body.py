from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateChatAttributesBody")


@_attrs_define
class UpdateChatAttributesBody:
    """
    Attributes:
        pinned (bool | None): Pinned.
        muted (bool | None): Muted.
    """

    pinned: bool | None = None
    muted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _pinned_value = UNSET if self.pinned is None else self.pinned
        pinned = _pinned_value
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        _muted_value = UNSET if self.muted is None else self.muted
        muted = _muted_value
        if muted is not UNSET:
            field_dict["muted"] = muted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pinned = d.pop("pinned", UNSET)

        muted = d.pop("muted", UNSET)

        update_chat_attributes_body = cls(
            pinned=None if isinstance(pinned, Unset) else pinned,
            muted=None if isinstance(muted, Unset) else muted,
        )

        update_chat_attributes_body.additional_properties = d
        return update_chat_attributes_body

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
