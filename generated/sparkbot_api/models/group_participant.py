from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class GroupParticipant(ApiModel):
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


from ..models.group_participant_contact import GroupParticipantContact  # noqa: E402

GroupParticipant._api_fields = {
    "id": ("id", None),
    "phone": ("phone", None),
    "contact": ("contact", GroupParticipantContact.from_dict),
    "wid": ("wid", None),
    "chatWid": ("chat_wid", None),
    "lid": ("lid", None),
    "name": ("name", None),
    "isAdmin": ("is_admin", None),
    "isSuperAdmin": ("is_super_admin", None),
    "isContact": ("is_contact", None),
    "isChatActive": ("is_chat_active", None),
    "leaveReason": ("leave_reason", None),
    "leaveDate": ("leave_date", nullable(datetime.datetime.fromisoformat)),
    "syncedAt": ("synced_at", nullable(datetime.datetime.fromisoformat)),
}
