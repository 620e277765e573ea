from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_kind import GroupKind
from ..types import ApiModel, compact_repr, each, member, nullable


@_attrs_define
class Group(ApiModel):
    """Group, community or channel (`kind` distinguishes).

    Attributes:
        id (str | None): Group id (as the API keys it).
        wid (str | None): WhatsApp ID of the group or channel.
        kind (GroupKind | None)
        name (str | None)
        description (str | None)
        image_url (str | None)
        created_at (datetime.datetime | None)
        last_message_at (datetime.datetime | None)
        last_sync_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        unread_count (int | None)
        is_archive (bool | None)
        is_read_only (bool | None)
        is_pinned (bool | None)
        is_community_announce (bool | None)
        community_parent_group (str | None)
        is_verified (bool | None)
        invite_code (str | None)
        invite_link (str | None): Invite link to join the group or channel.
        website (str | None)
        total_participants (int | None)
        participants (list[GroupParticipant] | None)
        metadata (GroupMetadata | None): Group metadata as the create reply carries it.
    """

    id: str | None = None
    wid: str | None = None
    kind: GroupKind | None = None
    name: str | None = None
    description: str | None = None
    image_url: str | None = None
    created_at: datetime.datetime | None = None
    last_message_at: datetime.datetime | None = None
    last_sync_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    unread_count: int | None = None
    is_archive: bool | None = None
    is_read_only: bool | None = None
    is_pinned: bool | None = None
    is_community_announce: bool | None = None
    community_parent_group: str | None = None
    is_verified: bool | None = None
    invite_code: str | None = None
    invite_link: str | None = None
    website: str | None = None
    total_participants: int | None = None
    participants: list[GroupParticipant] | None = None
    metadata: GroupMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.group_metadata import GroupMetadata  # noqa: E402
from ..models.group_participant import GroupParticipant  # noqa: E402

Group._api_fields = {
    "id": ("id", None),
    "wid": ("wid", None),
    "kind": ("kind", member(GroupKind)),
    "name": ("name", None),
    "description": ("description", None),
    "imageUrl": ("image_url", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "lastMessageAt": ("last_message_at", nullable(datetime.datetime.fromisoformat)),
    "lastSyncAt": ("last_sync_at", nullable(datetime.datetime.fromisoformat)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "unreadCount": ("unread_count", None),
    "isArchive": ("is_archive", None),
    "isReadOnly": ("is_read_only", None),
    "isPinned": ("is_pinned", None),
    "isCommunityAnnounce": ("is_community_announce", None),
    "communityParentGroup": ("community_parent_group", None),
    "isVerified": ("is_verified", None),
    "inviteCode": ("invite_code", None),
    "inviteLink": ("invite_link", None),
    "website": ("website", None),
    "totalParticipants": ("total_participants", None),
    "participants": ("participants", each(GroupParticipant.from_dict)),
    "metadata": ("metadata", GroupMetadata.from_dict),
}
