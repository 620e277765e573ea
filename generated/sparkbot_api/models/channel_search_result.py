from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChannelSearchResult")


@_attrs_define
class ChannelSearchResult:
    """One public channel found by a channel search (shape inferred, not documented).

    Attributes:
        wid (str | None)
        name (str | None)
        description (str | None)
        image (str | None)
        followers (int | None)
        verified (bool | None)
        invite_code (str | None)
        invite_link (str | None)
        created_at (datetime.datetime | None)
    """

    wid: str | None = None
    name: str | None = None
    description: str | None = None
    image: str | None = None
    followers: int | None = None
    verified: bool | None = None
    invite_code: str | None = None
    invite_link: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.name is not None:
            field_dict["name"] = self.name

        if self.description is not None:
            field_dict["description"] = self.description

        if self.image is not None:
            field_dict["image"] = self.image

        if self.followers is not None:
            field_dict["followers"] = self.followers

        if self.verified is not None:
            field_dict["verified"] = self.verified

        if self.invite_code is not None:
            field_dict["inviteCode"] = self.invite_code

        if self.invite_link is not None:
            field_dict["inviteLink"] = self.invite_link

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: str | Unset = UNSET
        if not isinstance(_created_at_value, Unset):
            created_at = api_datetime(_created_at_value)
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

        try:
            _created_at = d.get("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        channel_search_result = cls(
            wid=None if isinstance(wid, Unset) else wid,
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            image=None if isinstance(image, Unset) else image,
            followers=None if isinstance(followers, Unset) else followers,
            verified=None if isinstance(verified, Unset) else verified,
            invite_code=None if isinstance(invite_code, Unset) else invite_code,
            invite_link=None if isinstance(invite_link, Unset) else invite_link,
            created_at=None if isinstance(created_at, Unset) else created_at,
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
