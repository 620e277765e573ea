from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_event_message_event_call import SendEventMessageEventCall
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendEventMessageEvent")


@_attrs_define
class SendEventMessageEvent:
    """
    Attributes:
        name (str): Event Name.
        date (datetime.datetime): Event Date and Time.
        description (str | Unset): Event Description.
        location (str | Unset): Event Location.
        latitude (int | Unset): Latitude.
        longitude (int | Unset): Longitude.
        call (SendEventMessageEventCall | Unset): Meeting Call Type. API default: none.
    """

    name: str
    date: datetime.datetime
    description: str | Unset = UNSET
    location: str | Unset = UNSET
    latitude: int | Unset = UNSET
    longitude: int | Unset = UNSET
    call: SendEventMessageEventCall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        date = self.date.isoformat()

        description = self.description

        location = self.location

        latitude = self.latitude

        longitude = self.longitude

        call: str | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "date": date,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        _call = d.pop("call", UNSET)
        call: SendEventMessageEventCall | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = SendEventMessageEventCall(_call)

        send_event_message_event = cls(
            name=name,
            date=date,
            description=description,
            location=location,
            latitude=latitude,
            longitude=longitude,
            call=call,
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
