from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatGroup")


@_attrs_define
class ChatGroup:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        if self.owner is not None:
            field_dict["owner"] = self.owner

        if self.description is not None:
            field_dict["description"] = self.description

        if self.community is not None:
            field_dict["community"] = self.community

        if self.is_community_announce is not None:
            field_dict["isCommunityAnnounce"] = self.is_community_announce

        if self.total_participants is not None:
            field_dict["totalParticipants"] = self.total_participants

        if self.membership_approval is not None:
            field_dict["membershipApproval"] = self.membership_approval

        if self.membership_invite is not None:
            field_dict["membershipInvite"] = self.membership_invite

        if self.announce is not None:
            field_dict["announce"] = self.announce

        if self.restrict is not None:
            field_dict["restrict"] = self.restrict

        _subject_updated_at_value = UNSET if self.subject_updated_at is None else self.subject_updated_at
        subject_updated_at: None | str | Unset
        if isinstance(_subject_updated_at_value, Unset):
            subject_updated_at = UNSET
        elif isinstance(_subject_updated_at_value, datetime.datetime):
            subject_updated_at = api_datetime(_subject_updated_at_value)
        else:
            subject_updated_at = _subject_updated_at_value
        if subject_updated_at is not UNSET:
            field_dict["subjectUpdatedAt"] = subject_updated_at

        if self.description_owner is not None:
            field_dict["descriptionOwner"] = self.description_owner

        _description_updated_at_value = UNSET if self.description_updated_at is None else self.description_updated_at
        description_updated_at: None | str | Unset
        if isinstance(_description_updated_at_value, Unset):
            description_updated_at = UNSET
        elif isinstance(_description_updated_at_value, datetime.datetime):
            description_updated_at = api_datetime(_description_updated_at_value)
        else:
            description_updated_at = _description_updated_at_value
        if description_updated_at is not UNSET:
            field_dict["descriptionUpdatedAt"] = description_updated_at

        _image_value = UNSET if self.image is None else self.image
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(_image_value, Unset):
            image = _image_value.to_dict()
        if image is not UNSET:
            field_dict["image"] = image

        _participants_value = UNSET if self.participants is None else self.participants
        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_participants_value, Unset):
            participants = []
            for participants_item_data in _participants_value:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        if participants is not UNSET:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        owner = d.pop("owner", UNSET)

        description = d.pop("description", UNSET)

        community = d.pop("community", UNSET)

        is_community_announce = d.pop("isCommunityAnnounce", UNSET)

        total_participants = d.pop("totalParticipants", UNSET)

        membership_approval = d.pop("membershipApproval", UNSET)

        membership_invite = d.pop("membershipInvite", UNSET)

        announce = d.pop("announce", UNSET)

        restrict = d.pop("restrict", UNSET)

        try:

            def _parse_subject_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    subject_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return subject_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            subject_updated_at = _parse_subject_updated_at(d.get("subjectUpdatedAt", UNSET))

        except LENIENT:
            subject_updated_at = UNSET
        else:
            d.pop("subjectUpdatedAt", None)

        description_owner = d.pop("descriptionOwner", UNSET)

        try:

            def _parse_description_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    description_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return description_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            description_updated_at = _parse_description_updated_at(d.get("descriptionUpdatedAt", UNSET))

        except LENIENT:
            description_updated_at = UNSET
        else:
            d.pop("descriptionUpdatedAt", None)

        try:
            _image = d.get("image", UNSET)
            image: ChatGroupImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = ChatGroupImage.from_dict(_image)

        except LENIENT:
            image = UNSET
        else:
            d.pop("image", None)

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

        chat_group = cls(
            synced_at=None if isinstance(synced_at, Unset) else synced_at,
            owner=None if isinstance(owner, Unset) else owner,
            description=None if isinstance(description, Unset) else description,
            community=None if isinstance(community, Unset) else community,
            is_community_announce=None if isinstance(is_community_announce, Unset) else is_community_announce,
            total_participants=None if isinstance(total_participants, Unset) else total_participants,
            membership_approval=None if isinstance(membership_approval, Unset) else membership_approval,
            membership_invite=None if isinstance(membership_invite, Unset) else membership_invite,
            announce=None if isinstance(announce, Unset) else announce,
            restrict=None if isinstance(restrict, Unset) else restrict,
            subject_updated_at=None if isinstance(subject_updated_at, Unset) else subject_updated_at,
            description_owner=None if isinstance(description_owner, Unset) else description_owner,
            description_updated_at=None if isinstance(description_updated_at, Unset) else description_updated_at,
            image=None if isinstance(image, Unset) else image,
            participants=None if isinstance(participants, Unset) else participants,
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
from ..models.group_participant import GroupParticipant  # noqa: E402
