from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_schedule_delay_to import PublishUserStatusBodyScheduleDelayTo
from ..types import ApiModel, compact_repr, member


@_attrs_define
class PublishUserStatusBodySchedule(ApiModel):
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


PublishUserStatusBodySchedule._api_fields = {
    "delay": ("delay", None),
    "delayTo": ("delay_to", member(PublishUserStatusBodyScheduleDelayTo)),
    "date": ("date", datetime.datetime.fromisoformat),
}
