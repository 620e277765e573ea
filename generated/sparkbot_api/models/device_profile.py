from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceProfile")


@_attrs_define
class DeviceProfile:
    """WhatsApp profile summary.

    Attributes:
        name (str | Unset):
        info (str | Unset):
        status (str | Unset):
        last_sync_at (datetime.datetime | Unset):
    """

    name: str | Unset = UNSET
    info: str | Unset = UNSET
    status: str | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        info = self.info

        status = self.status

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if info is not UNSET:
            field_dict["info"] = info
        if status is not UNSET:
            field_dict["status"] = status
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        info = d.pop("info", UNSET)

        status = d.pop("status", UNSET)

        _last_sync_at = d.pop("lastSyncAt", UNSET)
        last_sync_at: datetime.datetime | Unset
        if isinstance(_last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        device_profile = cls(
            name=name,
            info=info,
            status=status,
            last_sync_at=last_sync_at,
        )

        device_profile.additional_properties = d
        return device_profile

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
