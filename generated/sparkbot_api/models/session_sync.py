from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class SessionSync(ApiModel):
    """Session sync/status result (shape inferred, not documented).

    Attributes:
        id (str | None): Device ID.
        device (str | None)
        phone (str | None)
        wid (str | None)
        alias (str | None)
        status (str | None)
        session_status (str | None)
        message (str | None)
        last_sync_at (datetime.datetime | None)
        session (DeviceSession | None): WhatsApp session state of a device (number).
    """

    id: str | None = None
    device: str | None = None
    phone: str | None = None
    wid: str | None = None
    alias: str | None = None
    status: str | None = None
    session_status: str | None = None
    message: str | None = None
    last_sync_at: datetime.datetime | None = None
    session: DeviceSession | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.device_session import DeviceSession  # noqa: E402

SessionSync._api_fields = {
    "id": ("id", None),
    "device": ("device", None),
    "phone": ("phone", None),
    "wid": ("wid", None),
    "alias": ("alias", None),
    "status": ("status", None),
    "sessionStatus": ("session_status", None),
    "message": ("message", None),
    "lastSyncAt": ("last_sync_at", datetime.datetime.fromisoformat),
    "session": ("session", DeviceSession.from_dict),
}
