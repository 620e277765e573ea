from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_schedule_delay_to import PublishUserStatusBodyScheduleDelayTo
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PublishUserStatusBodySchedule")


@_attrs_define
class PublishUserStatusBodySchedule:
    """
    Attributes:
        delay (bool | Unset): Schedule Status.
        delay_to (PublishUserStatusBodyScheduleDelayTo | Unset): Delay (Time Notation). API default: 1h.
        date (datetime.datetime | Unset): Date/Time.
    """

    delay: bool | Unset = UNSET
    delay_to: PublishUserStatusBodyScheduleDelayTo | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        delay = self.delay

        delay_to: str | Unset = UNSET
        if not isinstance(self.delay_to, Unset):
            delay_to = self.delay_to.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay is not UNSET:
            field_dict["delay"] = delay
        if delay_to is not UNSET:
            field_dict["delayTo"] = delay_to
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delay = d.pop("delay", UNSET)

        _delay_to = d.pop("delayTo", UNSET)
        delay_to: PublishUserStatusBodyScheduleDelayTo | Unset
        if isinstance(_delay_to, Unset):
            delay_to = UNSET
        else:
            delay_to = PublishUserStatusBodyScheduleDelayTo(_delay_to)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        publish_user_status_body_schedule = cls(
            delay=delay,
            delay_to=delay_to,
            date=date,
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
