from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="GroupParticipant")


@_attrs_define
class GroupParticipant:
    """Group participant.

    Attributes:
        wid (str): Participant WhatsApp ID.
        chat_wid (str | None): Group WhatsApp ID.
        lid (str | None)
        name (str | None)
        is_admin (bool | None)
        is_super_admin (bool | None): Participant is the group owner.
        is_contact (bool | None)
        is_chat_active (bool | None)
        leave_reason (str | None)
        leave_date (datetime.datetime | None)
        synced_at (datetime.datetime | None)
    """

    wid: str
    chat_wid: str | None = None
    lid: str | None = None
    name: str | None = None
    is_admin: bool | None = None
    is_super_admin: bool | None = None
    is_contact: bool | None = None
    is_chat_active: bool | None = None
    leave_reason: str | None = None
    leave_date: datetime.datetime | None = None
    synced_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.wid is not None:  # a reply may lack even a required field
            wid = self.wid
            field_dict["wid"] = wid

        _chat_wid_value = UNSET if self.chat_wid is None else self.chat_wid
        chat_wid = _chat_wid_value
        if chat_wid is not UNSET:
            field_dict["chatWid"] = chat_wid

        _lid_value = UNSET if self.lid is None else self.lid
        lid = _lid_value
        if lid is not UNSET:
            field_dict["lid"] = lid

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _is_admin_value = UNSET if self.is_admin is None else self.is_admin
        is_admin = _is_admin_value
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin

        _is_super_admin_value = UNSET if self.is_super_admin is None else self.is_super_admin
        is_super_admin = _is_super_admin_value
        if is_super_admin is not UNSET:
            field_dict["isSuperAdmin"] = is_super_admin

        _is_contact_value = UNSET if self.is_contact is None else self.is_contact
        is_contact = _is_contact_value
        if is_contact is not UNSET:
            field_dict["isContact"] = is_contact

        _is_chat_active_value = UNSET if self.is_chat_active is None else self.is_chat_active
        is_chat_active = _is_chat_active_value
        if is_chat_active is not UNSET:
            field_dict["isChatActive"] = is_chat_active

        _leave_reason_value = UNSET if self.leave_reason is None else self.leave_reason
        leave_reason = _leave_reason_value
        if leave_reason is not UNSET:
            field_dict["leaveReason"] = leave_reason

        _leave_date_value = UNSET if self.leave_date is None else self.leave_date
        leave_date: None | str | Unset
        if isinstance(_leave_date_value, Unset):
            leave_date = UNSET
        elif isinstance(_leave_date_value, datetime.datetime):
            leave_date = _leave_date_value.isoformat()
        else:
            leave_date = _leave_date_value
        if leave_date is not UNSET:
            field_dict["leaveDate"] = leave_date

        _synced_at_value = UNSET if self.synced_at is None else self.synced_at
        synced_at: str | Unset = UNSET
        if not isinstance(_synced_at_value, Unset):
            synced_at = _synced_at_value.isoformat()
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        chat_wid = d.pop("chatWid", UNSET)

        lid = d.pop("lid", UNSET)

        name = d.pop("name", UNSET)

        is_admin = d.pop("isAdmin", UNSET)

        is_super_admin = d.pop("isSuperAdmin", UNSET)

        is_contact = d.pop("isContact", UNSET)

        is_chat_active = d.pop("isChatActive", UNSET)

        leave_reason = d.pop("leaveReason", UNSET)

        try:

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

            leave_date = _parse_leave_date(d.get("leaveDate", UNSET))

        except LENIENT:
            leave_date = UNSET
        else:
            d.pop("leaveDate", None)

        try:
            _synced_at = d.get("syncedAt", UNSET)
            synced_at: datetime.datetime | Unset
            if isinstance(_synced_at, Unset):
                synced_at = UNSET
            else:
                synced_at = datetime.datetime.fromisoformat(_synced_at)

        except LENIENT:
            synced_at = UNSET
        else:
            d.pop("syncedAt", None)

        group_participant = cls(
            wid=cast(Any, None) if isinstance(wid, Unset) else wid,
            chat_wid=None if isinstance(chat_wid, Unset) else chat_wid,
            lid=None if isinstance(lid, Unset) else lid,
            name=None if isinstance(name, Unset) else name,
            is_admin=None if isinstance(is_admin, Unset) else is_admin,
            is_super_admin=None if isinstance(is_super_admin, Unset) else is_super_admin,
            is_contact=None if isinstance(is_contact, Unset) else is_contact,
            is_chat_active=None if isinstance(is_chat_active, Unset) else is_chat_active,
            leave_reason=None if isinstance(leave_reason, Unset) else leave_reason,
            leave_date=None if isinstance(leave_date, Unset) else leave_date,
            synced_at=None if isinstance(synced_at, Unset) else synced_at,
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
