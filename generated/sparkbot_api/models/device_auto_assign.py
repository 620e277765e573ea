from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceAutoAssign")


@_attrs_define
class DeviceAutoAssign:
    """Chat auto-assignment settings.

    Attributes:
        active (bool | None)
        updated_at (datetime.datetime | None)
        updated_by (str | None)
        online (bool | None)
        away (bool | None)
        unavailable (bool | None)
        offline (bool | None)
        reassign (bool | None)
    """

    active: bool | None = None
    updated_at: datetime.datetime | None = None
    updated_by: str | None = None
    online: bool | None = None
    away: bool | None = None
    unavailable: bool | None = None
    offline: bool | None = None
    reassign: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active is not None:
            field_dict["active"] = self.active

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by

        if self.online is not None:
            field_dict["online"] = self.online

        if self.away is not None:
            field_dict["away"] = self.away

        if self.unavailable is not None:
            field_dict["unavailable"] = self.unavailable

        if self.offline is not None:
            field_dict["offline"] = self.offline

        if self.reassign is not None:
            field_dict["reassign"] = self.reassign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        updated_by = d.pop("updatedBy", UNSET)

        online = d.pop("online", UNSET)

        away = d.pop("away", UNSET)

        unavailable = d.pop("unavailable", UNSET)

        offline = d.pop("offline", UNSET)

        reassign = d.pop("reassign", UNSET)

        device_auto_assign = cls(
            active=None if isinstance(active, Unset) else active,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            updated_by=None if isinstance(updated_by, Unset) else updated_by,
            online=None if isinstance(online, Unset) else online,
            away=None if isinstance(away, Unset) else away,
            unavailable=None if isinstance(unavailable, Unset) else unavailable,
            offline=None if isinstance(offline, Unset) else offline,
            reassign=None if isinstance(reassign, Unset) else reassign,
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
