from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_session_status import DeviceSessionStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceSession")


@_attrs_define
class DeviceSession:
    """WhatsApp session state of a device (number).

    Attributes:
        status (DeviceSessionStatus | Unset): Session status.
        uptime (float | Unset): Session uptime.
        uptime_online (float | Unset):
        app_version (str | Unset):
        new_number (bool | Unset):
        last_sync_at (datetime.datetime | Unset):
        linked_devices (int | Unset):
        screen_lock (bool | Unset):
        chat_lock (bool | Unset):
        logs (list[DeviceLog] | Unset):
    """

    status: DeviceSessionStatus | Unset = UNSET
    uptime: float | Unset = UNSET
    uptime_online: float | Unset = UNSET
    app_version: str | Unset = UNSET
    new_number: bool | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    linked_devices: int | Unset = UNSET
    screen_lock: bool | Unset = UNSET
    chat_lock: bool | Unset = UNSET
    logs: list[DeviceLog] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        uptime = self.uptime

        uptime_online = self.uptime_online

        app_version = self.app_version

        new_number = self.new_number

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        linked_devices = self.linked_devices

        screen_lock = self.screen_lock

        chat_lock = self.chat_lock

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if uptime_online is not UNSET:
            field_dict["uptimeOnline"] = uptime_online
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if new_number is not UNSET:
            field_dict["newNumber"] = new_number
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at
        if linked_devices is not UNSET:
            field_dict["linkedDevices"] = linked_devices
        if screen_lock is not UNSET:
            field_dict["screenLock"] = screen_lock
        if chat_lock is not UNSET:
            field_dict["chatLock"] = chat_lock
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: DeviceSessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeviceSessionStatus(_status)

        uptime = d.pop("uptime", UNSET)

        uptime_online = d.pop("uptimeOnline", UNSET)

        app_version = d.pop("appVersion", UNSET)

        new_number = d.pop("newNumber", UNSET)

        _last_sync_at = d.pop("lastSyncAt", UNSET)
        last_sync_at: datetime.datetime | Unset
        if isinstance(_last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        linked_devices = d.pop("linkedDevices", UNSET)

        screen_lock = d.pop("screenLock", UNSET)

        chat_lock = d.pop("chatLock", UNSET)

        _logs = d.pop("logs", UNSET)
        logs: list[DeviceLog] | Unset = UNSET
        if _logs is not UNSET:
            logs = []
            for logs_item_data in _logs:
                logs_item = DeviceLog.from_dict(logs_item_data)

                logs.append(logs_item)

        device_session = cls(
            status=status,
            uptime=uptime,
            uptime_online=uptime_online,
            app_version=app_version,
            new_number=new_number,
            last_sync_at=last_sync_at,
            linked_devices=linked_devices,
            screen_lock=screen_lock,
            chat_lock=chat_lock,
            logs=logs,
        )

        device_session.additional_properties = d
        return device_session

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


from ..models.device_log import DeviceLog  # noqa: E402
