from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageOptionsSchedule(ApiModel):
    """Deliver later: a time-notation delay (delayTo) or a date (see also deliverAt).

    Attributes:
        delay_to (str | None): Delay in time notation, e.g. 1h, 30m, 2d.
        date (datetime.datetime | None): Delivery date.
    """

    delay_to: str | None = None
    date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageOptionsSchedule._api_fields = {
    "delayTo": ("delay_to", None),
    "date": ("date", datetime.datetime.fromisoformat),
}
