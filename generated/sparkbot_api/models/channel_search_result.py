from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChannelSearchResult")


@_attrs_define
class ChannelSearchResult:
    """One public channel found by a channel search (shape inferred, not documented).

    Attributes:
        wid (str | Unset):
        name (str | Unset):
        description (str | Unset):
        image (str | Unset):
        followers (int | Unset):
        verified (bool | Unset):
        invite_code (str | Unset):
        invite_link (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    wid: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    followers: int | Unset = UNSET
    verified: bool | Unset = UNSET
    invite_code: str | Unset = UNSET
    invite_link: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        name = self.name

        description = self.description

        image = self.image

        followers = self.followers

        verified = self.verified

        invite_code = self.invite_code

        invite_link = self.invite_link

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wid is not UNSET:
            field_dict["wid"] = wid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if followers is not UNSET:
            field_dict["followers"] = followers
        if verified is not UNSET:
            field_dict["verified"] = verified
        if invite_code is not UNSET:
            field_dict["inviteCode"] = invite_code
        if invite_link is not UNSET:
            field_dict["inviteLink"] = invite_link
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        followers = d.pop("followers", UNSET)

        verified = d.pop("verified", UNSET)

        invite_code = d.pop("inviteCode", UNSET)

        invite_link = d.pop("inviteLink", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        channel_search_result = cls(
            wid=wid,
            name=name,
            description=description,
            image=image,
            followers=followers,
            verified=verified,
            invite_code=invite_code,
            invite_link=invite_link,
            created_at=created_at,
        )

        channel_search_result.additional_properties = d
        return channel_search_result

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
