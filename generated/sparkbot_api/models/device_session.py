from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_session_status import DeviceSessionStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceSession")


@_attrs_define
class DeviceSession:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        if self.uptime is not None:
            field_dict["uptime"] = self.uptime

        if self.uptime_online is not None:
            field_dict["uptimeOnline"] = self.uptime_online

        if self.app_version is not None:
            field_dict["appVersion"] = self.app_version

        if self.new_number is not None:
            field_dict["newNumber"] = self.new_number

        _last_sync_at_value = UNSET if self.last_sync_at is None else self.last_sync_at
        last_sync_at: None | str | Unset
        if isinstance(_last_sync_at_value, Unset):
            last_sync_at = UNSET
        elif isinstance(_last_sync_at_value, datetime.datetime):
            last_sync_at = api_datetime(_last_sync_at_value)
        else:
            last_sync_at = _last_sync_at_value
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at

        if self.linked_devices is not None:
            field_dict["linkedDevices"] = self.linked_devices

        if self.screen_lock is not None:
            field_dict["screenLock"] = self.screen_lock

        if self.chat_lock is not None:
            field_dict["chatLock"] = self.chat_lock

        _logs_value = UNSET if self.logs is None else self.logs
        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_logs_value, Unset):
            logs = []
            for logs_item_data in _logs_value:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _status = d.get("status", UNSET)
            status: DeviceSessionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = DeviceSessionStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        uptime = d.pop("uptime", UNSET)

        uptime_online = d.pop("uptimeOnline", UNSET)

        app_version = d.pop("appVersion", UNSET)

        new_number = d.pop("newNumber", UNSET)

        try:

            def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_sync_at = _parse_last_sync_at(d.get("lastSyncAt", UNSET))

        except LENIENT:
            last_sync_at = UNSET
        else:
            d.pop("lastSyncAt", None)

        linked_devices = d.pop("linkedDevices", UNSET)

        screen_lock = d.pop("screenLock", UNSET)

        chat_lock = d.pop("chatLock", UNSET)

        try:
            _logs = d.get("logs", UNSET)
            logs: list[DeviceLog] | Unset = UNSET
            if _logs is not UNSET:
                logs = []
                for logs_item_data in _logs:
                    logs_item = DeviceLog.from_dict(logs_item_data)

                    logs.append(logs_item)

        except LENIENT:
            logs = UNSET
        else:
            d.pop("logs", None)

        device_session = cls(
            status=None if isinstance(status, Unset) else status,
            uptime=None if isinstance(uptime, Unset) else uptime,
            uptime_online=None if isinstance(uptime_online, Unset) else uptime_online,
            app_version=None if isinstance(app_version, Unset) else app_version,
            new_number=None if isinstance(new_number, Unset) else new_number,
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            linked_devices=None if isinstance(linked_devices, Unset) else linked_devices,
            screen_lock=None if isinstance(screen_lock, Unset) else screen_lock,
            chat_lock=None if isinstance(chat_lock, Unset) else chat_lock,
            logs=None if isinstance(logs, Unset) else logs,
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
