from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="GroupParticipant")


@_attrs_define
class GroupParticipant:
    """Group participant.

    Attributes:
        wid (str): Participant WhatsApp ID.
        chat_wid (str | Unset): Group WhatsApp ID.
        lid (str | Unset):
        name (str | Unset):
        is_admin (bool | Unset):
        is_super_admin (bool | Unset): Participant is the group owner.
        is_contact (bool | Unset):
        is_chat_active (bool | Unset):
        leave_reason (str | Unset):
        leave_date (datetime.datetime | None | Unset):
        synced_at (datetime.datetime | Unset):
    """

    wid: str
    chat_wid: str | Unset = UNSET
    lid: str | Unset = UNSET
    name: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_super_admin: bool | Unset = UNSET
    is_contact: bool | Unset = UNSET
    is_chat_active: bool | Unset = UNSET
    leave_reason: str | Unset = UNSET
    leave_date: datetime.datetime | None | Unset = UNSET
    synced_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        chat_wid = self.chat_wid

        lid = self.lid

        name = self.name

        is_admin = self.is_admin

        is_super_admin = self.is_super_admin

        is_contact = self.is_contact

        is_chat_active = self.is_chat_active

        leave_reason = self.leave_reason

        leave_date: None | str | Unset
        if isinstance(self.leave_date, Unset):
            leave_date = UNSET
        elif isinstance(self.leave_date, datetime.datetime):
            leave_date = self.leave_date.isoformat()
        else:
            leave_date = self.leave_date

        synced_at: str | Unset = UNSET
        if not isinstance(self.synced_at, Unset):
            synced_at = self.synced_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wid": wid,
            }
        )
        if chat_wid is not UNSET:
            field_dict["chatWid"] = chat_wid
        if lid is not UNSET:
            field_dict["lid"] = lid
        if name is not UNSET:
            field_dict["name"] = name
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if is_super_admin is not UNSET:
            field_dict["isSuperAdmin"] = is_super_admin
        if is_contact is not UNSET:
            field_dict["isContact"] = is_contact
        if is_chat_active is not UNSET:
            field_dict["isChatActive"] = is_chat_active
        if leave_reason is not UNSET:
            field_dict["leaveReason"] = leave_reason
        if leave_date is not UNSET:
            field_dict["leaveDate"] = leave_date
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid")

        chat_wid = d.pop("chatWid", UNSET)

        lid = d.pop("lid", UNSET)

        name = d.pop("name", UNSET)

        is_admin = d.pop("isAdmin", UNSET)

        is_super_admin = d.pop("isSuperAdmin", UNSET)

        is_contact = d.pop("isContact", UNSET)

        is_chat_active = d.pop("isChatActive", UNSET)

        leave_reason = d.pop("leaveReason", UNSET)

        def _parse_leave_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leave_date_type_0 = datetime.datetime.fromisoformat(data)

                return leave_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        leave_date = _parse_leave_date(d.pop("leaveDate", UNSET))

        _synced_at = d.pop("syncedAt", UNSET)
        synced_at: datetime.datetime | Unset
        if isinstance(_synced_at, Unset):
            synced_at = UNSET
        else:
            synced_at = datetime.datetime.fromisoformat(_synced_at)

        group_participant = cls(
            wid=wid,
            chat_wid=chat_wid,
            lid=lid,
            name=name,
            is_admin=is_admin,
            is_super_admin=is_super_admin,
            is_contact=is_contact,
            is_chat_active=is_chat_active,
            leave_reason=leave_reason,
            leave_date=leave_date,
            synced_at=synced_at,
        )

        group_participant.additional_properties = d
        return group_participant

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
