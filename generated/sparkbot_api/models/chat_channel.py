from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatChannel")


@_attrs_define
class ChatChannel:
    """Channel details (channel chats).

    Attributes:
        privacy (str | Unset):
        reaction_codes (int | Unset):
        description (str | Unset):
        owner (bool | Unset):
        membership (str | Unset):
        invite_code (str | Unset):
        suspended (bool | Unset):
        verified (bool | Unset):
        geosuspended (bool | Unset):
        followers (int | Unset):
        website (str | Unset):
        name_updated_at (datetime.datetime | Unset):
        description_updated_at (datetime.datetime | Unset):
        image (ChatChannelImage | Unset): Channel image: url, file, syncedAt (free-form).
    """

    privacy: str | Unset = UNSET
    reaction_codes: int | Unset = UNSET
    description: str | Unset = UNSET
    owner: bool | Unset = UNSET
    membership: str | Unset = UNSET
    invite_code: str | Unset = UNSET
    suspended: bool | Unset = UNSET
    verified: bool | Unset = UNSET
    geosuspended: bool | Unset = UNSET
    followers: int | Unset = UNSET
    website: str | Unset = UNSET
    name_updated_at: datetime.datetime | Unset = UNSET
    description_updated_at: datetime.datetime | Unset = UNSET
    image: ChatChannelImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        privacy = self.privacy

        reaction_codes = self.reaction_codes

        description = self.description

        owner = self.owner

        membership = self.membership

        invite_code = self.invite_code

        suspended = self.suspended

        verified = self.verified

        geosuspended = self.geosuspended

        followers = self.followers

        website = self.website

        name_updated_at: str | Unset = UNSET
        if not isinstance(self.name_updated_at, Unset):
            name_updated_at = self.name_updated_at.isoformat()

        description_updated_at: str | Unset = UNSET
        if not isinstance(self.description_updated_at, Unset):
            description_updated_at = self.description_updated_at.isoformat()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if reaction_codes is not UNSET:
            field_dict["reactionCodes"] = reaction_codes
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if membership is not UNSET:
            field_dict["membership"] = membership
        if invite_code is not UNSET:
            field_dict["inviteCode"] = invite_code
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if verified is not UNSET:
            field_dict["verified"] = verified
        if geosuspended is not UNSET:
            field_dict["geosuspended"] = geosuspended
        if followers is not UNSET:
            field_dict["followers"] = followers
        if website is not UNSET:
            field_dict["website"] = website
        if name_updated_at is not UNSET:
            field_dict["nameUpdatedAt"] = name_updated_at
        if description_updated_at is not UNSET:
            field_dict["descriptionUpdatedAt"] = description_updated_at
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        privacy = d.pop("privacy", UNSET)

        reaction_codes = d.pop("reactionCodes", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        membership = d.pop("membership", UNSET)

        invite_code = d.pop("inviteCode", UNSET)

        suspended = d.pop("suspended", UNSET)

        verified = d.pop("verified", UNSET)

        geosuspended = d.pop("geosuspended", UNSET)

        followers = d.pop("followers", UNSET)

        website = d.pop("website", UNSET)

        _name_updated_at = d.pop("nameUpdatedAt", UNSET)
        name_updated_at: datetime.datetime | Unset
        if isinstance(_name_updated_at, Unset):
            name_updated_at = UNSET
        else:
            name_updated_at = datetime.datetime.fromisoformat(_name_updated_at)

        _description_updated_at = d.pop("descriptionUpdatedAt", UNSET)
        description_updated_at: datetime.datetime | Unset
        if isinstance(_description_updated_at, Unset):
            description_updated_at = UNSET
        else:
            description_updated_at = datetime.datetime.fromisoformat(_description_updated_at)

        _image = d.pop("image", UNSET)
        image: ChatChannelImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ChatChannelImage.from_dict(_image)

        chat_channel = cls(
            privacy=privacy,
            reaction_codes=reaction_codes,
            description=description,
            owner=owner,
            membership=membership,
            invite_code=invite_code,
            suspended=suspended,
            verified=verified,
            geosuspended=geosuspended,
            followers=followers,
            website=website,
            name_updated_at=name_updated_at,
            description_updated_at=description_updated_at,
            image=image,
        )

        chat_channel.additional_properties = d
        return chat_channel

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


from ..models.chat_channel_image import ChatChannelImage  # noqa: E402
