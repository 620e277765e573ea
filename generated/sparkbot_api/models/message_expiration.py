from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageExpiration(ApiModel):
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


MessageExpiration._api_fields = {
    "seconds": ("seconds", None),
    "duration": ("duration", None),
    "date": ("date", datetime.datetime.fromisoformat),
}
