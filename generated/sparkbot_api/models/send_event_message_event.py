from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_event_message_event_call import SendEventMessageEventCall
from ..types import ApiModel, compact_repr, member


@_attrs_define
class SendEventMessageEvent(ApiModel):
    """
    Attributes:
        name (str): Event Name.
        date (datetime.datetime): Event Date and Time.
        description (str | None): Event Description.
        location (str | None): Event Location.
        latitude (float | None): Latitude.
        longitude (float | None): Longitude.
        call (SendEventMessageEventCall | None): Meeting Call Type. API default: none.
    """

    name: str
    date: datetime.datetime
    description: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    call: SendEventMessageEventCall | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SendEventMessageEvent._api_fields = {
    "name": ("name", None),
    "date": ("date", datetime.datetime.fromisoformat),
    "description": ("description", None),
    "location": ("location", None),
    "latitude": ("latitude", None),
    "longitude": ("longitude", None),
    "call": ("call", member(SendEventMessageEventCall)),
}
