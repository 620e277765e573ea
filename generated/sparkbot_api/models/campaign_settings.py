from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class CampaignSettings(ApiModel):
    """
    Attributes:
        speed (float | None)
        date (datetime.datetime | None)
        expiration (datetime.datetime | None)
        timezone (str | None)
    """

    speed: float | None = None
    date: datetime.datetime | None = None
    expiration: datetime.datetime | None = None
    timezone: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CampaignSettings._api_fields = {
    "speed": ("speed", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "expiration": ("expiration", nullable(datetime.datetime.fromisoformat)),
    "timezone": ("timezone", None),
}
