from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceAutoAssign")


@_attrs_define
class DeviceAutoAssign:
    """Chat auto-assignment settings.

    Attributes:
        active (bool | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        online (bool | Unset):
        away (bool | Unset):
        unavailable (bool | Unset):
        offline (bool | Unset):
        reassign (bool | Unset):
    """

    active: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    online: bool | Unset = UNSET
    away: bool | Unset = UNSET
    unavailable: bool | Unset = UNSET
    offline: bool | Unset = UNSET
    reassign: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        online = self.online

        away = self.away

        unavailable = self.unavailable

        offline = self.offline

        reassign = self.reassign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if online is not UNSET:
            field_dict["online"] = online
        if away is not UNSET:
            field_dict["away"] = away
        if unavailable is not UNSET:
            field_dict["unavailable"] = unavailable
        if offline is not UNSET:
            field_dict["offline"] = offline
        if reassign is not UNSET:
            field_dict["reassign"] = reassign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        online = d.pop("online", UNSET)

        away = d.pop("away", UNSET)

        unavailable = d.pop("unavailable", UNSET)

        offline = d.pop("offline", UNSET)

        reassign = d.pop("reassign", UNSET)

        device_auto_assign = cls(
            active=active,
            updated_at=updated_at,
            updated_by=updated_by,
            online=online,
            away=away,
            unavailable=unavailable,
            offline=offline,
            reassign=reassign,
        )

        device_auto_assign.additional_properties = d
        return device_auto_assign

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
