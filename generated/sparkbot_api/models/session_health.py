from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class SessionHealth(ApiModel):
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


SessionHealth._api_fields = {
    "device": ("device", None),
    "status": ("status", None),
    "sessionStatus": ("session_status", None),
    "healthy": ("healthy", None),
    "online": ("online", None),
    "uptime": ("uptime", None),
    "message": ("message", None),
    "checkedAt": ("checked_at", datetime.datetime.fromisoformat),
}
