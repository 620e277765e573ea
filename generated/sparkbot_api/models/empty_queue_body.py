from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="EmptyQueueBody")


@_attrs_define
class EmptyQueueBody:
    """
    Attributes:
        skip_scheduled (bool | None): Skip Scheduled Messages.
        ids (list[str] | None): Message IDs.
        phones (list[str] | None): Phone Numbers.
        groups (list[str] | None): Group/Broadcast IDs.
        before (datetime.datetime | None): Created Before.
        after (datetime.datetime | None): Created After.
    """

    skip_scheduled: bool | None = None
    ids: list[str] | None = None
    phones: list[str] | None = None
    groups: list[str] | None = None
    before: datetime.datetime | None = None
    after: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.skip_scheduled is not None:
            field_dict["skipScheduled"] = self.skip_scheduled

        _ids_value = UNSET if self.ids is None else self.ids
        ids: list[str] | Unset = UNSET
        if not isinstance(_ids_value, Unset):
            ids = _ids_value

        if ids is not UNSET:
            field_dict["ids"] = ids

        _phones_value = UNSET if self.phones is None else self.phones
        phones: list[str] | Unset = UNSET
        if not isinstance(_phones_value, Unset):
            phones = _phones_value

        if phones is not UNSET:
            field_dict["phones"] = phones

        _groups_value = UNSET if self.groups is None else self.groups
        groups: list[str] | Unset = UNSET
        if not isinstance(_groups_value, Unset):
            groups = _groups_value

        if groups is not UNSET:
            field_dict["groups"] = groups

        _before_value = UNSET if self.before is None else self.before
        before: str | Unset = UNSET
        if not isinstance(_before_value, Unset):
            before = api_datetime(_before_value)
        if before is not UNSET:
            field_dict["before"] = before

        _after_value = UNSET if self.after is None else self.after
        after: str | Unset = UNSET
        if not isinstance(_after_value, Unset):
            after = api_datetime(_after_value)
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

        try:
            _before = d.get("before", UNSET)
            before: datetime.datetime | Unset
            if isinstance(_before, Unset):
                before = UNSET
            else:
                before = datetime.datetime.fromisoformat(_before)

        except LENIENT:
            before = UNSET
        else:
            d.pop("before", None)

        try:
            _after = d.get("after", UNSET)
            after: datetime.datetime | Unset
            if isinstance(_after, Unset):
                after = UNSET
            else:
                after = datetime.datetime.fromisoformat(_after)

        except LENIENT:
            after = UNSET
        else:
            d.pop("after", None)

        empty_queue_body = cls(
            skip_scheduled=None if isinstance(skip_scheduled, Unset) else skip_scheduled,
            ids=None if isinstance(ids, Unset) else ids,
            phones=None if isinstance(phones, Unset) else phones,
            groups=None if isinstance(groups, Unset) else groups,
            before=None if isinstance(before, Unset) else before,
            after=None if isinstance(after, Unset) else after,
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
