from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="SessionHealth")


@_attrs_define
class SessionHealth:
    """Session health check result (shape inferred, not documented).

    Attributes:
        device (str | None)
        status (str | None)
        session_status (str | None)
        healthy (bool | None)
        online (bool | None)
        uptime (float | None)
        message (str | None)
        checked_at (datetime.datetime | None)
    """

    device: str | None = None
    status: str | None = None
    session_status: str | None = None
    healthy: bool | None = None
    online: bool | None = None
    uptime: float | None = None
    message: str | None = None
    checked_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.device is not None:
            field_dict["device"] = self.device

        if self.status is not None:
            field_dict["status"] = self.status

        if self.session_status is not None:
            field_dict["sessionStatus"] = self.session_status

        if self.healthy is not None:
            field_dict["healthy"] = self.healthy

        if self.online is not None:
            field_dict["online"] = self.online

        if self.uptime is not None:
            field_dict["uptime"] = self.uptime

        if self.message is not None:
            field_dict["message"] = self.message

        _checked_at_value = UNSET if self.checked_at is None else self.checked_at
        checked_at: str | Unset = UNSET
        if not isinstance(_checked_at_value, Unset):
            checked_at = api_datetime(_checked_at_value)
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

        try:
            _checked_at = d.get("checkedAt", UNSET)
            checked_at: datetime.datetime | Unset
            if isinstance(_checked_at, Unset):
                checked_at = UNSET
            else:
                checked_at = datetime.datetime.fromisoformat(_checked_at)

        except LENIENT:
            checked_at = UNSET
        else:
            d.pop("checkedAt", None)

        session_health = cls(
            device=None if isinstance(device, Unset) else device,
            status=None if isinstance(status, Unset) else status,
            session_status=None if isinstance(session_status, Unset) else session_status,
            healthy=None if isinstance(healthy, Unset) else healthy,
            online=None if isinstance(online, Unset) else online,
            uptime=None if isinstance(uptime, Unset) else uptime,
            message=None if isinstance(message, Unset) else message,
            checked_at=None if isinstance(checked_at, Unset) else checked_at,
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
