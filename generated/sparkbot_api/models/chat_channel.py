from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatChannel")


@_attrs_define
class ChatChannel:
    """Channel details (channel chats).

    Attributes:
        privacy (str | None)
        reaction_codes (int | None)
        description (str | None)
        owner (bool | None)
        membership (str | None)
        invite_code (str | None)
        suspended (bool | None)
        verified (bool | None)
        geosuspended (bool | None)
        followers (int | None)
        website (str | None)
        name_updated_at (datetime.datetime | None)
        description_updated_at (datetime.datetime | None)
        image (ChatChannelImage | None): Channel image: url, file, syncedAt (free-form).
    """

    privacy: str | None = None
    reaction_codes: int | None = None
    description: str | None = None
    owner: bool | None = None
    membership: str | None = None
    invite_code: str | None = None
    suspended: bool | None = None
    verified: bool | None = None
    geosuspended: bool | None = None
    followers: int | None = None
    website: str | None = None
    name_updated_at: datetime.datetime | None = None
    description_updated_at: datetime.datetime | None = None
    image: ChatChannelImage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.privacy is not None:
            field_dict["privacy"] = self.privacy

        if self.reaction_codes is not None:
            field_dict["reactionCodes"] = self.reaction_codes

        if self.description is not None:
            field_dict["description"] = self.description

        if self.owner is not None:
            field_dict["owner"] = self.owner

        if self.membership is not None:
            field_dict["membership"] = self.membership

        if self.invite_code is not None:
            field_dict["inviteCode"] = self.invite_code

        if self.suspended is not None:
            field_dict["suspended"] = self.suspended

        if self.verified is not None:
            field_dict["verified"] = self.verified

        if self.geosuspended is not None:
            field_dict["geosuspended"] = self.geosuspended

        if self.followers is not None:
            field_dict["followers"] = self.followers

        if self.website is not None:
            field_dict["website"] = self.website

        _name_updated_at_value = UNSET if self.name_updated_at is None else self.name_updated_at
        name_updated_at: None | str | Unset
        if isinstance(_name_updated_at_value, Unset):
            name_updated_at = UNSET
        elif isinstance(_name_updated_at_value, datetime.datetime):
            name_updated_at = api_datetime(_name_updated_at_value)
        else:
            name_updated_at = _name_updated_at_value
        if name_updated_at is not UNSET:
            field_dict["nameUpdatedAt"] = name_updated_at

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

        try:

            def _parse_name_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    name_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return name_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            name_updated_at = _parse_name_updated_at(d.get("nameUpdatedAt", UNSET))

        except LENIENT:
            name_updated_at = UNSET
        else:
            d.pop("nameUpdatedAt", None)

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
            image: ChatChannelImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = ChatChannelImage.from_dict(_image)

        except LENIENT:
            image = UNSET
        else:
            d.pop("image", None)

        chat_channel = cls(
            privacy=None if isinstance(privacy, Unset) else privacy,
            reaction_codes=None if isinstance(reaction_codes, Unset) else reaction_codes,
            description=None if isinstance(description, Unset) else description,
            owner=None if isinstance(owner, Unset) else owner,
            membership=None if isinstance(membership, Unset) else membership,
            invite_code=None if isinstance(invite_code, Unset) else invite_code,
            suspended=None if isinstance(suspended, Unset) else suspended,
            verified=None if isinstance(verified, Unset) else verified,
            geosuspended=None if isinstance(geosuspended, Unset) else geosuspended,
            followers=None if isinstance(followers, Unset) else followers,
            website=None if isinstance(website, Unset) else website,
            name_updated_at=None if isinstance(name_updated_at, Unset) else name_updated_at,
            description_updated_at=None if isinstance(description_updated_at, Unset) else description_updated_at,
            image=None if isinstance(image, Unset) else image,
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
