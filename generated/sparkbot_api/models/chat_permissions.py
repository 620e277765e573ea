from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_permissions_mode import ChatPermissionsMode
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatPermissions")


@_attrs_define
class ChatPermissions:
    """
    Attributes:
        active (bool | Unset):
        mode (ChatPermissionsMode | Unset):
        updated_by (str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    active: bool | Unset = UNSET
    mode: ChatPermissionsMode | Unset = UNSET
    updated_by: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        updated_by = self.updated_by

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if mode is not UNSET:
            field_dict["mode"] = mode
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ChatPermissionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ChatPermissionsMode(_mode)

        updated_by = d.pop("updatedBy", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        chat_permissions = cls(
            active=active,
            mode=mode,
            updated_by=updated_by,
            updated_at=updated_at,
        )

        chat_permissions.additional_properties = d
        return chat_permissions

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
