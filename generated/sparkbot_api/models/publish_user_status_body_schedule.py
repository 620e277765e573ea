from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_schedule_delay_to import PublishUserStatusBodyScheduleDelayTo
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="PublishUserStatusBodySchedule")


@_attrs_define
class PublishUserStatusBodySchedule:
    """
    Attributes:
        delay (bool | int | None): Delay in seconds before publishing (true: use delayTo).
        delay_to (PublishUserStatusBodyScheduleDelayTo | None): Delay (Time Notation). API default: 1h.
        date (datetime.datetime | None): Date/Time.
    """

    delay: bool | int | None = None
    delay_to: PublishUserStatusBodyScheduleDelayTo | None = None
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
        _delay_value = UNSET if self.delay is None else self.delay
        delay: bool | int | Unset
        if isinstance(_delay_value, Unset):
            delay = UNSET
        else:
            delay = _delay_value
        if delay is not UNSET:
            field_dict["delay"] = delay

        _delay_to_value = UNSET if self.delay_to is None else self.delay_to
        delay_to: str | Unset = UNSET
        if not isinstance(_delay_to_value, Unset):
            delay_to = _delay_to_value.value

        if delay_to is not UNSET:
            field_dict["delayTo"] = delay_to

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
        try:

            def _parse_delay(data: object) -> bool | int | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | int | Unset, data)

            delay = _parse_delay(d.get("delay", UNSET))

        except LENIENT:
            delay = UNSET
        else:
            d.pop("delay", None)

        try:
            _delay_to = d.get("delayTo", UNSET)
            delay_to: PublishUserStatusBodyScheduleDelayTo | Unset
            if isinstance(_delay_to, Unset):
                delay_to = UNSET
            else:
                delay_to = PublishUserStatusBodyScheduleDelayTo(_delay_to)

        except LENIENT:
            delay_to = UNSET
        else:
            d.pop("delayTo", None)

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

        publish_user_status_body_schedule = cls(
            delay=None if isinstance(delay, Unset) else delay,
            delay_to=None if isinstance(delay_to, Unset) else delay_to,
            date=None if isinstance(date, Unset) else date,
        )

        publish_user_status_body_schedule.additional_properties = d
        return publish_user_status_body_schedule

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
