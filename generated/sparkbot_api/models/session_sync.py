from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SessionSync")


@_attrs_define
class SessionSync:
    """Session sync/status result (shape inferred, not documented).

    Attributes:
        id (str | Unset): Device ID.
        device (str | Unset):
        phone (str | Unset):
        wid (str | Unset):
        alias (str | Unset):
        status (str | Unset):
        session_status (str | Unset):
        message (str | Unset):
        last_sync_at (datetime.datetime | Unset):
        session (DeviceSession | Unset): WhatsApp session state of a device (number).
    """

    id: str | Unset = UNSET
    device: str | Unset = UNSET
    phone: str | Unset = UNSET
    wid: str | Unset = UNSET
    alias: str | Unset = UNSET
    status: str | Unset = UNSET
    session_status: str | Unset = UNSET
    message: str | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    session: DeviceSession | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        device = self.device

        phone = self.phone

        wid = self.wid

        alias = self.alias

        status = self.status

        session_status = self.session_status

        message = self.message

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if device is not UNSET:
            field_dict["device"] = device
        if phone is not UNSET:
            field_dict["phone"] = phone
        if wid is not UNSET:
            field_dict["wid"] = wid
        if alias is not UNSET:
            field_dict["alias"] = alias
        if status is not UNSET:
            field_dict["status"] = status
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if message is not UNSET:
            field_dict["message"] = message
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at
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

        _last_sync_at = d.pop("lastSyncAt", UNSET)
        last_sync_at: datetime.datetime | Unset
        if isinstance(_last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        _session = d.pop("session", UNSET)
        session: DeviceSession | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = DeviceSession.from_dict(_session)

        session_sync = cls(
            id=id,
            device=device,
            phone=phone,
            wid=wid,
            alias=alias,
            status=status,
            session_status=session_status,
            message=message,
            last_sync_at=last_sync_at,
            session=session,
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
