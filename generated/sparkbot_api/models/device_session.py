from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_session_status import DeviceSessionStatus
from ..types import ApiModel, compact_repr, each, member, nullable


@_attrs_define
class DeviceSession(ApiModel):
    """WhatsApp session state of a device (number).

    Attributes:
        status (DeviceSessionStatus | None): Session status.
        uptime (float | None): Session uptime.
        uptime_online (float | None)
        app_version (str | None)
        new_number (bool | None)
        last_sync_at (datetime.datetime | None)
        linked_devices (int | None)
        screen_lock (bool | None)
        chat_lock (bool | None)
        logs (list[DeviceLog] | None)
    """

    status: DeviceSessionStatus | None = None
    uptime: float | None = None
    uptime_online: float | None = None
    app_version: str | None = None
    new_number: bool | None = None
    last_sync_at: datetime.datetime | None = None
    linked_devices: int | None = None
    screen_lock: bool | None = None
    chat_lock: bool | None = None
    logs: list[DeviceLog] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.device_log import DeviceLog  # noqa: E402

DeviceSession._api_fields = {
    "status": ("status", member(DeviceSessionStatus)),
    "uptime": ("uptime", None),
    "uptimeOnline": ("uptime_online", None),
    "appVersion": ("app_version", None),
    "newNumber": ("new_number", None),
    "lastSyncAt": ("last_sync_at", nullable(datetime.datetime.fromisoformat)),
    "linkedDevices": ("linked_devices", None),
    "screenLock": ("screen_lock", None),
    "chatLock": ("chat_lock", None),
    "logs": ("logs", each(DeviceLog.from_dict)),
}
