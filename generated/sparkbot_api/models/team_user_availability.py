from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="TeamUserAvailability")


@_attrs_define
class TeamUserAvailability:
    """
    Attributes:
        mode (str | None): Chat availability mode.
        message (str | None)
        updated_at (datetime.datetime | None)
    """

    mode: str | None = None
    message: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _mode_value = UNSET if self.mode is None else self.mode
        mode = _mode_value
        if mode is not UNSET:
            field_dict["mode"] = mode

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: str | Unset = UNSET
        if not isinstance(_updated_at_value, Unset):
            updated_at = _updated_at_value.isoformat()
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        message = d.pop("message", UNSET)

        try:
            _updated_at = d.get("updatedAt", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        team_user_availability = cls(
            mode=None if isinstance(mode, Unset) else mode,
            message=None if isinstance(message, Unset) else message,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )

        team_user_availability.additional_properties = d
        return team_user_availability

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
