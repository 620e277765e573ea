from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatMessageEvent(ApiModel):
    """
    Attributes:
        name (str | None)
        description (str | None)
        location (str | None)
        date (datetime.datetime | None)
        latitude (float | None)
        longitude (float | None)
        call (str | None)
        code (str | None)
        link (str | None)
        invalidated (bool | None)
        attending (bool | None)
        updated_at (datetime.datetime | None)
        total_participants (int | None)
    """

    name: str | None = None
    description: str | None = None
    location: str | None = None
    date: datetime.datetime | None = None
    latitude: float | None = None
    longitude: float | None = None
    call: str | None = None
    code: str | None = None
    link: str | None = None
    invalidated: bool | None = None
    attending: bool | None = None
    updated_at: datetime.datetime | None = None
    total_participants: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageEvent._api_fields = {
    "name": ("name", None),
    "description": ("description", None),
    "location": ("location", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "latitude": ("latitude", None),
    "longitude": ("longitude", None),
    "call": ("call", None),
    "code": ("code", None),
    "link": ("link", None),
    "invalidated": ("invalidated", None),
    "attending": ("attending", None),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "totalParticipants": ("total_participants", None),
}
