from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="MessageExpiration")


@_attrs_define
class MessageExpiration:
    """When an undelivered message expires: give one of seconds, duration or date.

    Attributes:
        seconds (int | None): Seconds (5 to 8035200, 93 days). API default: 300.
        duration (str | None): Duration. API default: 1h.
        date (datetime.datetime | None): Date.
    """

    seconds: int | None = None
    duration: str | None = None
    date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.seconds is not None:
            field_dict["seconds"] = self.seconds

        if self.duration is not None:
            field_dict["duration"] = self.duration

        _date_value = UNSET if self.date is None else self.date
        date: str | Unset = UNSET
        if not isinstance(_date_value, Unset):
            date = api_datetime(_date_value)
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds", UNSET)

        duration = d.pop("duration", UNSET)

        try:
            _date = d.get("date", UNSET)
            date: datetime.datetime | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.datetime.fromisoformat(_date)

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        message_expiration = cls(
            seconds=None if isinstance(seconds, Unset) else seconds,
            duration=None if isinstance(duration, Unset) else duration,
            date=None if isinstance(date, Unset) else date,
        )

        message_expiration.additional_properties = d
        return message_expiration

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
