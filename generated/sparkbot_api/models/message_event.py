from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageEvent")


@_attrs_define
class MessageEvent:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _location_value = UNSET if self.location is None else self.location
        location = _location_value
        if location is not UNSET:
            field_dict["location"] = location

        _latitude_value = UNSET if self.latitude is None else self.latitude
        latitude = _latitude_value
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        _longitude_value = UNSET if self.longitude is None else self.longitude
        longitude = _longitude_value
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        _call_value = UNSET if self.call is None else self.call
        call = _call_value
        if call is not UNSET:
            field_dict["call"] = call

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = _date_value.isoformat()
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        _link_value = UNSET if self.link is None else self.link
        link = _link_value
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        call = d.pop("call", UNSET)

        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        link = d.pop("link", UNSET)

        message_event = cls(
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            location=None if isinstance(location, Unset) else location,
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            call=None if isinstance(call, Unset) else call,
            date=None if isinstance(date, Unset) else date,
            link=None if isinstance(link, Unset) else link,
        )

        message_event.additional_properties = d
        return message_event

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
