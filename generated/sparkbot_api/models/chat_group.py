from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatGroup")


@_attrs_define
class ChatGroup:
    """Group details (group chats).

    Attributes:
        synced_at (datetime.datetime | Unset):
        owner (str | Unset):
        description (str | Unset):
        community (str | Unset):
        is_community_announce (bool | Unset):
        total_participants (int | Unset):
        membership_approval (bool | Unset):
        membership_invite (bool | Unset):
        announce (bool | Unset):
        restrict (bool | Unset):
        subject_updated_at (datetime.datetime | Unset):
        description_owner (str | Unset):
        description_updated_at (datetime.datetime | Unset):
        image (ChatGroupImage | Unset): Group image: url (free-form).
    """

    synced_at: datetime.datetime | Unset = UNSET
    owner: str | Unset = UNSET
    description: str | Unset = UNSET
    community: str | Unset = UNSET
    is_community_announce: bool | Unset = UNSET
    total_participants: int | Unset = UNSET
    membership_approval: bool | Unset = UNSET
    membership_invite: bool | Unset = UNSET
    announce: bool | Unset = UNSET
    restrict: bool | Unset = UNSET
    subject_updated_at: datetime.datetime | Unset = UNSET
    description_owner: str | Unset = UNSET
    description_updated_at: datetime.datetime | Unset = UNSET
    image: ChatGroupImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        synced_at: str | Unset = UNSET
        if not isinstance(self.synced_at, Unset):
            synced_at = self.synced_at.isoformat()

        owner = self.owner

        description = self.description

        community = self.community

        is_community_announce = self.is_community_announce

        total_participants = self.total_participants

        membership_approval = self.membership_approval

        membership_invite = self.membership_invite

        announce = self.announce

        restrict = self.restrict

        subject_updated_at: str | Unset = UNSET
        if not isinstance(self.subject_updated_at, Unset):
            subject_updated_at = self.subject_updated_at.isoformat()

        description_owner = self.description_owner

        description_updated_at: str | Unset = UNSET
        if not isinstance(self.description_updated_at, Unset):
            description_updated_at = self.description_updated_at.isoformat()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if synced_at is not UNSET:
            field_dict["syncedAt"] = synced_at
        if owner is not UNSET:
            field_dict["owner"] = owner
        if description is not UNSET:
            field_dict["description"] = description
        if community is not UNSET:
            field_dict["community"] = community
        if is_community_announce is not UNSET:
            field_dict["isCommunityAnnounce"] = is_community_announce
        if total_participants is not UNSET:
            field_dict["totalParticipants"] = total_participants
        if membership_approval is not UNSET:
            field_dict["membershipApproval"] = membership_approval
        if membership_invite is not UNSET:
            field_dict["membershipInvite"] = membership_invite
        if announce is not UNSET:
            field_dict["announce"] = announce
        if restrict is not UNSET:
            field_dict["restrict"] = restrict
        if subject_updated_at is not UNSET:
            field_dict["subjectUpdatedAt"] = subject_updated_at
        if description_owner is not UNSET:
            field_dict["descriptionOwner"] = description_owner
        if description_updated_at is not UNSET:
            field_dict["descriptionUpdatedAt"] = description_updated_at
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _synced_at = d.pop("syncedAt", UNSET)
        synced_at: datetime.datetime | Unset
        if isinstance(_synced_at, Unset):
            synced_at = UNSET
        else:
            synced_at = datetime.datetime.fromisoformat(_synced_at)

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        community = d.pop("community", UNSET)

        is_community_announce = d.pop("isCommunityAnnounce", UNSET)

        total_participants = d.pop("totalParticipants", UNSET)

        membership_approval = d.pop("membershipApproval", UNSET)

        membership_invite = d.pop("membershipInvite", UNSET)

        announce = d.pop("announce", UNSET)

        restrict = d.pop("restrict", UNSET)

        _subject_updated_at = d.pop("subjectUpdatedAt", UNSET)
        subject_updated_at: datetime.datetime | Unset
        if isinstance(_subject_updated_at, Unset):
            subject_updated_at = UNSET
        else:
            subject_updated_at = datetime.datetime.fromisoformat(_subject_updated_at)

        description_owner = d.pop("descriptionOwner", UNSET)

        _description_updated_at = d.pop("descriptionUpdatedAt", UNSET)
        description_updated_at: datetime.datetime | Unset
        if isinstance(_description_updated_at, Unset):
            description_updated_at = UNSET
        else:
            description_updated_at = datetime.datetime.fromisoformat(_description_updated_at)

        _image = d.pop("image", UNSET)
        image: ChatGroupImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ChatGroupImage.from_dict(_image)

        chat_group = cls(
            synced_at=synced_at,
            owner=owner,
            description=description,
            community=community,
            is_community_announce=is_community_announce,
            total_participants=total_participants,
            membership_approval=membership_approval,
            membership_invite=membership_invite,
            announce=announce,
            restrict=restrict,
            subject_updated_at=subject_updated_at,
            description_owner=description_owner,
            description_updated_at=description_updated_at,
            image=image,
        )

        chat_group.additional_properties = d
        return chat_group

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


from ..models.chat_group_image import ChatGroupImage  # noqa: E402
