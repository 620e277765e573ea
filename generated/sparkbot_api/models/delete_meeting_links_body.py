from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteMeetingLinksBody")


@_attrs_define
class DeleteMeetingLinksBody:
    """
    Attributes:
        ids (list[str] | Unset): Link IDs.
        urls (list[str] | Unset): Link URLs.
        created_before (datetime.datetime | Unset): Created Before.
        created_after (datetime.datetime | Unset): Created After.
        expires_before (datetime.datetime | Unset): Expires Before.
        expires_after (datetime.datetime | Unset): Expires After.
    """

    ids: list[str] | Unset = UNSET
    urls: list[str] | Unset = UNSET
    created_before: datetime.datetime | Unset = UNSET
    created_after: datetime.datetime | Unset = UNSET
    expires_before: datetime.datetime | Unset = UNSET
    expires_after: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        created_before: str | Unset = UNSET
        if not isinstance(self.created_before, Unset):
            created_before = self.created_before.isoformat()

        created_after: str | Unset = UNSET
        if not isinstance(self.created_after, Unset):
            created_after = self.created_after.isoformat()

        expires_before: str | Unset = UNSET
        if not isinstance(self.expires_before, Unset):
            expires_before = self.expires_before.isoformat()

        expires_after: str | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if urls is not UNSET:
            field_dict["urls"] = urls
        if created_before is not UNSET:
            field_dict["createdBefore"] = created_before
        if created_after is not UNSET:
            field_dict["createdAfter"] = created_after
        if expires_before is not UNSET:
            field_dict["expiresBefore"] = expires_before
        if expires_after is not UNSET:
            field_dict["expiresAfter"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        urls = cast(list[str], d.pop("urls", UNSET))

        _created_before = d.pop("createdBefore", UNSET)
        created_before: datetime.datetime | Unset
        if isinstance(_created_before, Unset):
            created_before = UNSET
        else:
            created_before = datetime.datetime.fromisoformat(_created_before)

        _created_after = d.pop("createdAfter", UNSET)
        created_after: datetime.datetime | Unset
        if isinstance(_created_after, Unset):
            created_after = UNSET
        else:
            created_after = datetime.datetime.fromisoformat(_created_after)

        _expires_before = d.pop("expiresBefore", UNSET)
        expires_before: datetime.datetime | Unset
        if isinstance(_expires_before, Unset):
            expires_before = UNSET
        else:
            expires_before = datetime.datetime.fromisoformat(_expires_before)

        _expires_after = d.pop("expiresAfter", UNSET)
        expires_after: datetime.datetime | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = datetime.datetime.fromisoformat(_expires_after)

        delete_meeting_links_body = cls(
            ids=ids,
            urls=urls,
            created_before=created_before,
            created_after=created_after,
            expires_before=expires_before,
            expires_after=expires_after,
        )

        delete_meeting_links_body.additional_properties = d
        return delete_meeting_links_body

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
