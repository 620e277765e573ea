from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="SessionSync")


@_attrs_define
class SessionSync:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.device is not None:
            field_dict["device"] = self.device

        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.alias is not None:
            field_dict["alias"] = self.alias

        if self.status is not None:
            field_dict["status"] = self.status

        if self.session_status is not None:
            field_dict["sessionStatus"] = self.session_status

        if self.message is not None:
            field_dict["message"] = self.message

        _last_sync_at_value = UNSET if self.last_sync_at is None else self.last_sync_at
        last_sync_at: str | Unset = UNSET
        if not isinstance(_last_sync_at_value, Unset):
            last_sync_at = api_datetime(_last_sync_at_value)
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at

        _session_value = UNSET if self.session is None else self.session
        session: dict[str, Any] | Unset = UNSET
        if not isinstance(_session_value, Unset):
            session = _session_value.to_dict()
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        device = d.pop("device", UNSET)

        phone = d.pop("phone", UNSET)

        wid = d.pop("wid", UNSET)

        alias = d.pop("alias", UNSET)

        status = d.pop("status", UNSET)

        session_status = d.pop("sessionStatus", UNSET)

        message = d.pop("message", UNSET)

        try:
            _last_sync_at = d.get("lastSyncAt", UNSET)
            last_sync_at: datetime.datetime | Unset
            if isinstance(_last_sync_at, Unset):
                last_sync_at = UNSET
            else:
                last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        except LENIENT:
            last_sync_at = UNSET
        else:
            d.pop("lastSyncAt", None)

        try:
            _session = d.get("session", UNSET)
            session: DeviceSession | Unset
            if isinstance(_session, Unset):
                session = UNSET
            else:
                session = DeviceSession.from_dict(_session)

        except LENIENT:
            session = UNSET
        else:
            d.pop("session", None)

        session_sync = cls(
            id=None if isinstance(id, Unset) else id,
            device=None if isinstance(device, Unset) else device,
            phone=None if isinstance(phone, Unset) else phone,
            wid=None if isinstance(wid, Unset) else wid,
            alias=None if isinstance(alias, Unset) else alias,
            status=None if isinstance(status, Unset) else status,
            session_status=None if isinstance(session_status, Unset) else session_status,
            message=None if isinstance(message, Unset) else message,
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            session=None if isinstance(session, Unset) else session,
        )

        session_sync.additional_properties = d
        return session_sync

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


from ..models.device_session import DeviceSession  # noqa: E402
