from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeleteMeetingLinksBody")


@_attrs_define
class DeleteMeetingLinksBody:
    """
    Attributes:
        ids (list[str] | None): Link IDs.
        urls (list[str] | None): Link URLs.
        created_before (datetime.datetime | None): Created Before.
        created_after (datetime.datetime | None): Created After.
        expires_before (datetime.datetime | None): Expires Before.
        expires_after (datetime.datetime | None): Expires After.
    """

    ids: list[str] | None = None
    urls: list[str] | None = None
    created_before: datetime.datetime | None = None
    created_after: datetime.datetime | None = None
    expires_before: datetime.datetime | None = None
    expires_after: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _ids_value = UNSET if self.ids is None else self.ids
        ids: list[str] | Unset = UNSET
        if not isinstance(_ids_value, Unset):
            ids = _ids_value

        if ids is not UNSET:
            field_dict["ids"] = ids

        _urls_value = UNSET if self.urls is None else self.urls
        urls: list[str] | Unset = UNSET
        if not isinstance(_urls_value, Unset):
            urls = _urls_value

        if urls is not UNSET:
            field_dict["urls"] = urls

        _created_before_value = UNSET if self.created_before is None else self.created_before
        created_before: str | Unset = UNSET
        if not isinstance(_created_before_value, Unset):
            created_before = api_datetime(_created_before_value)
        if created_before is not UNSET:
            field_dict["createdBefore"] = created_before

        _created_after_value = UNSET if self.created_after is None else self.created_after
        created_after: str | Unset = UNSET
        if not isinstance(_created_after_value, Unset):
            created_after = api_datetime(_created_after_value)
        if created_after is not UNSET:
            field_dict["createdAfter"] = created_after

        _expires_before_value = UNSET if self.expires_before is None else self.expires_before
        expires_before: str | Unset = UNSET
        if not isinstance(_expires_before_value, Unset):
            expires_before = api_datetime(_expires_before_value)
        if expires_before is not UNSET:
            field_dict["expiresBefore"] = expires_before

        _expires_after_value = UNSET if self.expires_after is None else self.expires_after
        expires_after: str | Unset = UNSET
        if not isinstance(_expires_after_value, Unset):
            expires_after = api_datetime(_expires_after_value)
        if expires_after is not UNSET:
            field_dict["expiresAfter"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        urls = cast(list[str], d.pop("urls", UNSET))

        try:
            _created_before = d.get("createdBefore", UNSET)
            created_before: datetime.datetime | Unset
            if isinstance(_created_before, Unset):
                created_before = UNSET
            else:
                created_before = datetime.datetime.fromisoformat(_created_before)

        except LENIENT:
            created_before = UNSET
        else:
            d.pop("createdBefore", None)

        try:
            _created_after = d.get("createdAfter", UNSET)
            created_after: datetime.datetime | Unset
            if isinstance(_created_after, Unset):
                created_after = UNSET
            else:
                created_after = datetime.datetime.fromisoformat(_created_after)

        except LENIENT:
            created_after = UNSET
        else:
            d.pop("createdAfter", None)

        try:
            _expires_before = d.get("expiresBefore", UNSET)
            expires_before: datetime.datetime | Unset
            if isinstance(_expires_before, Unset):
                expires_before = UNSET
            else:
                expires_before = datetime.datetime.fromisoformat(_expires_before)

        except LENIENT:
            expires_before = UNSET
        else:
            d.pop("expiresBefore", None)

        try:
            _expires_after = d.get("expiresAfter", UNSET)
            expires_after: datetime.datetime | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = datetime.datetime.fromisoformat(_expires_after)

        except LENIENT:
            expires_after = UNSET
        else:
            d.pop("expiresAfter", None)

        delete_meeting_links_body = cls(
            ids=None if isinstance(ids, Unset) else ids,
            urls=None if isinstance(urls, Unset) else urls,
            created_before=None if isinstance(created_before, Unset) else created_before,
            created_after=None if isinstance(created_after, Unset) else created_after,
            expires_before=None if isinstance(expires_before, Unset) else expires_before,
            expires_after=None if isinstance(expires_after, Unset) else expires_after,
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
