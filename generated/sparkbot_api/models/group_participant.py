from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="GroupParticipant")


@_attrs_define
class GroupParticipant:
    """Group participant.

    Attributes:
        id (str | None): Participant WhatsApp id.
        phone (str | None): Participant phone number.
        contact (GroupParticipantContact | None): The participant's contact, when known.
        wid (str | None): Participant WhatsApp ID.
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

    id: str | None = None
    phone: str | None = None
    contact: GroupParticipantContact | None = None
    wid: str | None = None
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.phone is not None:
            field_dict["phone"] = self.phone

        _contact_value = UNSET if self.contact is None else self.contact
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(_contact_value, Unset):
            contact = _contact_value.to_dict()
        if contact is not UNSET:
            field_dict["contact"] = contact

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.chat_wid is not None:
            field_dict["chatWid"] = self.chat_wid

        if self.lid is not None:
            field_dict["lid"] = self.lid

        if self.name is not None:
            field_dict["name"] = self.name

        if self.is_admin is not None:
            field_dict["isAdmin"] = self.is_admin

        if self.is_super_admin is not None:
            field_dict["isSuperAdmin"] = self.is_super_admin

        if self.is_contact is not None:
            field_dict["isContact"] = self.is_contact

        if self.is_chat_active is not None:
            field_dict["isChatActive"] = self.is_chat_active

        if self.leave_reason is not None:
            field_dict["leaveReason"] = self.leave_reason

        _leave_date_value = UNSET if self.leave_date is None else self.leave_date
        leave_date: None | str | Unset
        if isinstance(_leave_date_value, Unset):
            leave_date = UNSET
        elif isinstance(_leave_date_value, datetime.datetime):
            leave_date = api_datetime(_leave_date_value)
        else:
            leave_date = _leave_date_value
        if leave_date is not UNSET:
            field_dict["leaveDate"] = leave_date

        _synced_at_value = UNSET if self.synced_at is None else self.synced_at
        synced_at: None | str | Unset
        if isinstance(_synced_at_value, Unset):
            synced_at = UNSET
        elif isinstance(_synced_at_value, datetime.datetime):
            synced_at = api_datetime(_synced_at_value)
        else:
            synced_at = _synced_at_value
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        try:
            _contact = d.get("contact", UNSET)
            contact: GroupParticipantContact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = GroupParticipantContact.from_dict(_contact)

        except LENIENT:
            contact = UNSET
        else:
            d.pop("contact", None)

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
                raise TypeError(f"unexpected {type(data).__name__}")

            leave_date = _parse_leave_date(d.get("leaveDate", UNSET))

        except LENIENT:
            leave_date = UNSET
        else:
            d.pop("leaveDate", None)

        try:

            def _parse_synced_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    synced_at_type_0 = datetime.datetime.fromisoformat(data)

                    return synced_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            synced_at = _parse_synced_at(d.get("syncedAt", UNSET))

        except LENIENT:
            synced_at = UNSET
        else:
            d.pop("syncedAt", None)

        group_participant = cls(
            id=None if isinstance(id, Unset) else id,
            phone=None if isinstance(phone, Unset) else phone,
            contact=None if isinstance(contact, Unset) else contact,
            wid=None if isinstance(wid, Unset) else wid,
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


from ..models.group_participant_contact import GroupParticipantContact  # noqa: E402
