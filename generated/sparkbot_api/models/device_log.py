from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_log_level import DeviceLogLevel
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class DeviceLog(ApiModel):
    """Device or session log entry.

    Attributes:
        event (str | None)
        level (DeviceLogLevel | None)
        message (str | None)
        count (int | None)
        created_at (datetime.datetime | None)
    """

    event: str | None = None
    level: DeviceLogLevel | None = None
    message: str | None = None
    count: int | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceLog._api_fields = {
    "event": ("event", None),
    "level": ("level", member(DeviceLogLevel)),
    "message": ("message", None),
    "count": ("count", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
}
