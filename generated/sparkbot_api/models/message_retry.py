from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="MessageRetry")


@_attrs_define
class MessageRetry:
    """
    Attributes:
        max_ (int | None)
        delay (int | None)
        count (int | None)
        last_retry_at (datetime.datetime | None)
    """

    max_: int | None = None
    delay: int | None = None
    count: int | None = None
    last_retry_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.max_ is not None:
            field_dict["max"] = self.max_

        if self.delay is not None:
            field_dict["delay"] = self.delay

        if self.count is not None:
            field_dict["count"] = self.count

        _last_retry_at_value = UNSET if self.last_retry_at is None else self.last_retry_at
        last_retry_at: None | str | Unset
        if isinstance(_last_retry_at_value, Unset):
            last_retry_at = UNSET
        elif isinstance(_last_retry_at_value, datetime.datetime):
            last_retry_at = api_datetime(_last_retry_at_value)
        else:
            last_retry_at = _last_retry_at_value
        if last_retry_at is not UNSET:
            field_dict["lastRetryAt"] = last_retry_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max", UNSET)

        delay = d.pop("delay", UNSET)

        count = d.pop("count", UNSET)

        try:

            def _parse_last_retry_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_retry_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_retry_at = _parse_last_retry_at(d.get("lastRetryAt", UNSET))

        except LENIENT:
            last_retry_at = UNSET
        else:
            d.pop("lastRetryAt", None)

        message_retry = cls(
            max_=None if isinstance(max_, Unset) else max_,
            delay=None if isinstance(delay, Unset) else delay,
            count=None if isinstance(count, Unset) else count,
            last_retry_at=None if isinstance(last_retry_at, Unset) else last_retry_at,
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
