from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="EmptyQueueBody")


@_attrs_define
class EmptyQueueBody:
    """
    Attributes:
        skip_scheduled (bool | Unset): Skip Scheduled Messages.
        ids (list[str] | Unset): Message IDs.
        phones (list[str] | Unset): Phone Numbers.
        groups (list[str] | Unset): Group/Broadcast IDs.
        before (datetime.datetime | Unset): Created Before.
        after (datetime.datetime | Unset): Created After.
    """

    skip_scheduled: bool | Unset = UNSET
    ids: list[str] | Unset = UNSET
    phones: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    before: datetime.datetime | Unset = UNSET
    after: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        skip_scheduled = self.skip_scheduled

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        before: str | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.isoformat()

        after: str | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_scheduled is not UNSET:
            field_dict["skipScheduled"] = skip_scheduled
        if ids is not UNSET:
            field_dict["ids"] = ids
        if phones is not UNSET:
            field_dict["phones"] = phones
        if groups is not UNSET:
            field_dict["groups"] = groups
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skip_scheduled = d.pop("skipScheduled", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        phones = cast(list[str], d.pop("phones", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        _before = d.pop("before", UNSET)
        before: datetime.datetime | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = datetime.datetime.fromisoformat(_before)

        _after = d.pop("after", UNSET)
        after: datetime.datetime | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = datetime.datetime.fromisoformat(_after)

        empty_queue_body = cls(
            skip_scheduled=skip_scheduled,
            ids=ids,
            phones=phones,
            groups=groups,
            before=before,
            after=after,
        )

        empty_queue_body.additional_properties = d
        return empty_queue_body

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
