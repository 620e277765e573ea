from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class MessageEvent(ApiModel):
    """
    Attributes:
        name (str | None)
        description (str | None)
        location (str | None)
        latitude (float | None)
        longitude (float | None)
        call (str | None)
        date (datetime.datetime | None)
        link (str | None)
    """

    name: str | None = None
    description: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    call: str | None = None
    date: datetime.datetime | None = None
    link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageEvent._api_fields = {
    "name": ("name", None),
    "description": ("description", None),
    "location": ("location", None),
    "latitude": ("latitude", None),
    "longitude": ("longitude", None),
    "call": ("call", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "link": ("link", None),
}
