from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_event_message_event_call import SendEventMessageEventCall
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="SendEventMessageEvent")


@_attrs_define
class SendEventMessageEvent:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name

        if self.date is not None:  # a reply may lack even a required field
            date = api_datetime(self.date)
            field_dict["date"] = date

        if self.description is not None:
            field_dict["description"] = self.description

        if self.location is not None:
            field_dict["location"] = self.location

        if self.latitude is not None:
            field_dict["latitude"] = self.latitude

        if self.longitude is not None:
            field_dict["longitude"] = self.longitude

        _call_value = UNSET if self.call is None else self.call
        call: str | Unset = UNSET
        if not isinstance(_call_value, Unset):
            call = _call_value.value

        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        date: datetime.datetime | Unset
        try:
            date = datetime.datetime.fromisoformat(d["date"])

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        try:
            _call = d.get("call", UNSET)
            call: SendEventMessageEventCall | Unset
            if isinstance(_call, Unset):
                call = UNSET
            else:
                call = SendEventMessageEventCall(_call)

        except LENIENT:
            call = UNSET
        else:
            d.pop("call", None)

        send_event_message_event = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            date=cast(Any, None) if isinstance(date, Unset) else date,
            description=None if isinstance(description, Unset) else description,
            location=None if isinstance(location, Unset) else location,
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            call=None if isinstance(call, Unset) else call,
        )

        send_event_message_event.additional_properties = d
        return send_event_message_event

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
