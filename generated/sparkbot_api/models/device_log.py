from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_log_level import DeviceLogLevel
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceLog")


@_attrs_define
class DeviceLog:
    """Device or session log entry.

    Attributes:
        event (str | Unset):
        level (DeviceLogLevel | Unset):
        message (str | Unset):
        count (int | Unset):
        created_at (datetime.datetime | Unset):
    """

    event: str | Unset = UNSET
    level: DeviceLogLevel | Unset = UNSET
    message: str | Unset = UNSET
    count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        message = self.message

        count = self.count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if level is not UNSET:
            field_dict["level"] = level
        if message is not UNSET:
            field_dict["message"] = message
        if count is not UNSET:
            field_dict["count"] = count
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", UNSET)

        _level = d.pop("level", UNSET)
        level: DeviceLogLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = DeviceLogLevel(_level)

        message = d.pop("message", UNSET)

        count = d.pop("count", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        device_log = cls(
            event=event,
            level=level,
            message=message,
            count=count,
            created_at=created_at,
        )

        device_log.additional_properties = d
        return device_log

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
