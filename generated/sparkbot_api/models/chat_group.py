from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each, nullable


@_attrs_define
class ChatGroup(ApiModel):
    """Group details (group chats).

    Attributes:
        synced_at (datetime.datetime | None)
        owner (str | None)
        description (str | None)
        community (str | None)
        is_community_announce (bool | None)
        total_participants (int | None)
        membership_approval (bool | None)
        membership_invite (bool | None)
        announce (bool | None)
        restrict (bool | None)
        subject_updated_at (datetime.datetime | None)
        description_owner (str | None)
        description_updated_at (datetime.datetime | None)
        image (ChatGroupImage | None): Group image: url (free-form).
        participants (list[GroupParticipant] | None): Group members (id, phone, contact).
    """

    synced_at: datetime.datetime | None = None
    owner: str | None = None
    description: str | None = None
    community: str | None = None
    is_community_announce: bool | None = None
    total_participants: int | None = None
    membership_approval: bool | None = None
    membership_invite: bool | None = None
    announce: bool | None = None
    restrict: bool | None = None
    subject_updated_at: datetime.datetime | None = None
    description_owner: str | None = None
    description_updated_at: datetime.datetime | None = None
    image: ChatGroupImage | None = None
    participants: list[GroupParticipant] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_group_image import ChatGroupImage  # noqa: E402
from ..models.group_participant import GroupParticipant  # noqa: E402

ChatGroup._api_fields = {
    "syncedAt": ("synced_at", nullable(datetime.datetime.fromisoformat)),
    "owner": ("owner", None),
    "description": ("description", None),
    "community": ("community", None),
    "isCommunityAnnounce": ("is_community_announce", None),
    "totalParticipants": ("total_participants", None),
    "membershipApproval": ("membership_approval", None),
    "membershipInvite": ("membership_invite", None),
    "announce": ("announce", None),
    "restrict": ("restrict", None),
    "subjectUpdatedAt": ("subject_updated_at", nullable(datetime.datetime.fromisoformat)),
    "descriptionOwner": ("description_owner", None),
    "descriptionUpdatedAt": ("description_updated_at", nullable(datetime.datetime.fromisoformat)),
    "image": ("image", ChatGroupImage.from_dict),
    "participants": ("participants", each(GroupParticipant.from_dict)),
}
