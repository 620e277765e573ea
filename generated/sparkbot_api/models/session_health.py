from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SessionHealth")


@_attrs_define
class SessionHealth:
    """Session health check result (shape inferred, not documented).

    Attributes:
        device (str | Unset):
        status (str | Unset):
        session_status (str | Unset):
        healthy (bool | Unset):
        online (bool | Unset):
        uptime (float | Unset):
        message (str | Unset):
        checked_at (datetime.datetime | Unset):
    """

    device: str | Unset = UNSET
    status: str | Unset = UNSET
    session_status: str | Unset = UNSET
    healthy: bool | Unset = UNSET
    online: bool | Unset = UNSET
    uptime: float | Unset = UNSET
    message: str | Unset = UNSET
    checked_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        status = self.status

        session_status = self.session_status

        healthy = self.healthy

        online = self.online

        uptime = self.uptime

        message = self.message

        checked_at: str | Unset = UNSET
        if not isinstance(self.checked_at, Unset):
            checked_at = self.checked_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if status is not UNSET:
            field_dict["status"] = status
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if healthy is not UNSET:
            field_dict["healthy"] = healthy
        if online is not UNSET:
            field_dict["online"] = online
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if message is not UNSET:
            field_dict["message"] = message
        if checked_at is not UNSET:
            field_dict["checkedAt"] = checked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device = d.pop("device", UNSET)

        status = d.pop("status", UNSET)

        session_status = d.pop("sessionStatus", UNSET)

        healthy = d.pop("healthy", UNSET)

        online = d.pop("online", UNSET)

        uptime = d.pop("uptime", UNSET)

        message = d.pop("message", UNSET)

        _checked_at = d.pop("checkedAt", UNSET)
        checked_at: datetime.datetime | Unset
        if isinstance(_checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = datetime.datetime.fromisoformat(_checked_at)

        session_health = cls(
            device=device,
            status=status,
            session_status=session_status,
            healthy=healthy,
            online=online,
            uptime=uptime,
            message=message,
            checked_at=checked_at,
        )

        session_health.additional_properties = d
        return session_health

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
