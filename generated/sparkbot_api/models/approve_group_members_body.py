from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ApproveGroupMembersBody")


@_attrs_define
class ApproveGroupMembersBody:
    """
    Attributes:
        all_ (bool | None): Approve All.
        phones (list[str] | None): Phone Numbers.
    """

    all_: bool | None = None
    phones: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _all__value = UNSET if self.all_ is None else self.all_
        all_ = _all__value
        if all_ is not UNSET:
            field_dict["all"] = all_

        _phones_value = UNSET if self.phones is None else self.phones
        phones: list[str] | Unset = UNSET
        if not isinstance(_phones_value, Unset):
            phones = _phones_value

        if phones is not UNSET:
            field_dict["phones"] = phones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        approve_group_members_body = cls(
            all_=None if isinstance(all_, Unset) else all_,
            phones=None if isinstance(phones, Unset) else phones,
        )

        approve_group_members_body.additional_properties = d
        return approve_group_members_body

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
