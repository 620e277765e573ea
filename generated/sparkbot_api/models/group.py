from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_kind import GroupKind
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.wid is not None:
            field_dict["wid"] = self.wid

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        if self.name is not None:
            field_dict["name"] = self.name

        if self.description is not None:
            field_dict["description"] = self.description

        if self.image_url is not None:
            field_dict["imageUrl"] = self.image_url

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _last_message_at_value = UNSET if self.last_message_at is None else self.last_message_at
        last_message_at: None | str | Unset
        if isinstance(_last_message_at_value, Unset):
            last_message_at = UNSET
        elif isinstance(_last_message_at_value, datetime.datetime):
            last_message_at = api_datetime(_last_message_at_value)
        else:
            last_message_at = _last_message_at_value
        if last_message_at is not UNSET:
            field_dict["lastMessageAt"] = last_message_at

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

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.unread_count is not None:
            field_dict["unreadCount"] = self.unread_count

        if self.is_archive is not None:
            field_dict["isArchive"] = self.is_archive

        if self.is_read_only is not None:
            field_dict["isReadOnly"] = self.is_read_only

        if self.is_pinned is not None:
            field_dict["isPinned"] = self.is_pinned

        if self.is_community_announce is not None:
            field_dict["isCommunityAnnounce"] = self.is_community_announce

        if self.community_parent_group is not None:
            field_dict["communityParentGroup"] = self.community_parent_group

        if self.is_verified is not None:
            field_dict["isVerified"] = self.is_verified

        if self.invite_code is not None:
            field_dict["inviteCode"] = self.invite_code

        if self.invite_link is not None:
            field_dict["inviteLink"] = self.invite_link

        if self.website is not None:
            field_dict["website"] = self.website

        if self.total_participants is not None:
            field_dict["totalParticipants"] = self.total_participants

        _participants_value = UNSET if self.participants is None else self.participants
        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_participants_value, Unset):
            participants = []
            for participants_item_data in _participants_value:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        if participants is not UNSET:
            field_dict["participants"] = participants

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        try:
            _kind = d.get("kind", UNSET)
            kind: GroupKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = GroupKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:

            def _parse_last_message_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_message_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_message_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_message_at = _parse_last_message_at(d.get("lastMessageAt", UNSET))

        except LENIENT:
            last_message_at = UNSET
        else:
            d.pop("lastMessageAt", None)

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

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

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

        try:
            _participants = d.get("participants", UNSET)
            participants: list[GroupParticipant] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    participants_item = GroupParticipant.from_dict(participants_item_data)

                    participants.append(participants_item)

        except LENIENT:
            participants = UNSET
        else:
            d.pop("participants", None)

        try:
            _metadata = d.get("metadata", UNSET)
            metadata: GroupMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = GroupMetadata.from_dict(_metadata)

        except LENIENT:
            metadata = UNSET
        else:
            d.pop("metadata", None)

        group = cls(
            id=None if isinstance(id, Unset) else id,
            wid=None if isinstance(wid, Unset) else wid,
            kind=None if isinstance(kind, Unset) else kind,
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            image_url=None if isinstance(image_url, Unset) else image_url,
            created_at=None if isinstance(created_at, Unset) else created_at,
            last_message_at=None if isinstance(last_message_at, Unset) else last_message_at,
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            unread_count=None if isinstance(unread_count, Unset) else unread_count,
            is_archive=None if isinstance(is_archive, Unset) else is_archive,
            is_read_only=None if isinstance(is_read_only, Unset) else is_read_only,
            is_pinned=None if isinstance(is_pinned, Unset) else is_pinned,
            is_community_announce=None if isinstance(is_community_announce, Unset) else is_community_announce,
            community_parent_group=None if isinstance(community_parent_group, Unset) else community_parent_group,
            is_verified=None if isinstance(is_verified, Unset) else is_verified,
            invite_code=None if isinstance(invite_code, Unset) else invite_code,
            invite_link=None if isinstance(invite_link, Unset) else invite_link,
            website=None if isinstance(website, Unset) else website,
            total_participants=None if isinstance(total_participants, Unset) else total_participants,
            participants=None if isinstance(participants, Unset) else participants,
            metadata=None if isinstance(metadata, Unset) else metadata,
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


from ..models.group_metadata import GroupMetadata  # noqa: E402
from ..models.group_participant import GroupParticipant  # noqa: E402
