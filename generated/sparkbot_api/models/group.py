from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_kind import GroupKind
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """Group, community or channel (`kind` distinguishes).

    Attributes:
        wid (str): WhatsApp ID of the group or channel.
        kind (GroupKind | Unset):
        name (str | Unset):
        description (str | Unset):
        image_url (str | Unset):
        created_at (datetime.datetime | Unset):
        last_message_at (datetime.datetime | Unset):
        last_sync_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        unread_count (int | Unset):
        is_archive (bool | Unset):
        is_read_only (bool | Unset):
        is_pinned (bool | Unset):
        is_community_announce (bool | Unset):
        community_parent_group (str | Unset):
        is_verified (bool | Unset):
        invite_code (str | Unset):
        invite_link (str | Unset): Invite link to join the group or channel.
        website (str | Unset):
        total_participants (int | Unset):
    """

    wid: str
    kind: GroupKind | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_message_at: datetime.datetime | Unset = UNSET
    last_sync_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    unread_count: int | Unset = UNSET
    is_archive: bool | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    is_pinned: bool | Unset = UNSET
    is_community_announce: bool | Unset = UNSET
    community_parent_group: str | Unset = UNSET
    is_verified: bool | Unset = UNSET
    invite_code: str | Unset = UNSET
    invite_link: str | Unset = UNSET
    website: str | Unset = UNSET
    total_participants: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        description = self.description

        image_url = self.image_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_message_at: str | Unset = UNSET
        if not isinstance(self.last_message_at, Unset):
            last_message_at = self.last_message_at.isoformat()

        last_sync_at: str | Unset = UNSET
        if not isinstance(self.last_sync_at, Unset):
            last_sync_at = self.last_sync_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        unread_count = self.unread_count

        is_archive = self.is_archive

        is_read_only = self.is_read_only

        is_pinned = self.is_pinned

        is_community_announce = self.is_community_announce

        community_parent_group = self.community_parent_group

        is_verified = self.is_verified

        invite_code = self.invite_code

        invite_link = self.invite_link

        website = self.website

        total_participants = self.total_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wid": wid,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if last_message_at is not UNSET:
            field_dict["lastMessageAt"] = last_message_at
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if unread_count is not UNSET:
            field_dict["unreadCount"] = unread_count
        if is_archive is not UNSET:
            field_dict["isArchive"] = is_archive
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only
        if is_pinned is not UNSET:
            field_dict["isPinned"] = is_pinned
        if is_community_announce is not UNSET:
            field_dict["isCommunityAnnounce"] = is_community_announce
        if community_parent_group is not UNSET:
            field_dict["communityParentGroup"] = community_parent_group
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified
        if invite_code is not UNSET:
            field_dict["inviteCode"] = invite_code
        if invite_link is not UNSET:
            field_dict["inviteLink"] = invite_link
        if website is not UNSET:
            field_dict["website"] = website
        if total_participants is not UNSET:
            field_dict["totalParticipants"] = total_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid")

        _kind = d.pop("kind", UNSET)
        kind: GroupKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = GroupKind(_kind)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _last_message_at = d.pop("lastMessageAt", UNSET)
        last_message_at: datetime.datetime | Unset
        if isinstance(_last_message_at, Unset):
            last_message_at = UNSET
        else:
            last_message_at = datetime.datetime.fromisoformat(_last_message_at)

        _last_sync_at = d.pop("lastSyncAt", UNSET)
        last_sync_at: datetime.datetime | Unset
        if isinstance(_last_sync_at, Unset):
            last_sync_at = UNSET
        else:
            last_sync_at = datetime.datetime.fromisoformat(_last_sync_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        unread_count = d.pop("unreadCount", UNSET)

        is_archive = d.pop("isArchive", UNSET)

        is_read_only = d.pop("isReadOnly", UNSET)

        is_pinned = d.pop("isPinned", UNSET)

        is_community_announce = d.pop("isCommunityAnnounce", UNSET)

        community_parent_group = d.pop("communityParentGroup", UNSET)

        is_verified = d.pop("isVerified", UNSET)

        invite_code = d.pop("inviteCode", UNSET)

        invite_link = d.pop("inviteLink", UNSET)

        website = d.pop("website", UNSET)

        total_participants = d.pop("totalParticipants", UNSET)

        group = cls(
            wid=wid,
            kind=kind,
            name=name,
            description=description,
            image_url=image_url,
            created_at=created_at,
            last_message_at=last_message_at,
            last_sync_at=last_sync_at,
            updated_at=updated_at,
            unread_count=unread_count,
            is_archive=is_archive,
            is_read_only=is_read_only,
            is_pinned=is_pinned,
            is_community_announce=is_community_announce,
            community_parent_group=community_parent_group,
            is_verified=is_verified,
            invite_code=invite_code,
            invite_link=invite_link,
            website=website,
            total_participants=total_participants,
        )

        group.additional_properties = d
        return group

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
