from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageRetry")


@_attrs_define
class MessageRetry:
    """
    Attributes:
        max_ (int | Unset):
        delay (int | Unset):
        count (int | Unset):
        last_retry_at (datetime.datetime | Unset):
    """

    max_: int | Unset = UNSET
    delay: int | Unset = UNSET
    count: int | Unset = UNSET
    last_retry_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        delay = self.delay

        count = self.count

        last_retry_at: str | Unset = UNSET
        if not isinstance(self.last_retry_at, Unset):
            last_retry_at = self.last_retry_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if delay is not UNSET:
            field_dict["delay"] = delay
        if count is not UNSET:
            field_dict["count"] = count
        if last_retry_at is not UNSET:
            field_dict["lastRetryAt"] = last_retry_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max", UNSET)

        delay = d.pop("delay", UNSET)

        count = d.pop("count", UNSET)

        _last_retry_at = d.pop("lastRetryAt", UNSET)
        last_retry_at: datetime.datetime | Unset
        if isinstance(_last_retry_at, Unset):
            last_retry_at = UNSET
        else:
            last_retry_at = datetime.datetime.fromisoformat(_last_retry_at)

        message_retry = cls(
            max_=max_,
            delay=delay,
            count=count,
            last_retry_at=last_retry_at,
        )

        message_retry.additional_properties = d
        return message_retry

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
