from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

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
        if self.name is not None:
            field_dict["name"] = self.name

        if self.description is not None:
            field_dict["description"] = self.description

        if self.location is not None:
            field_dict["location"] = self.location

        if self.latitude is not None:
            field_dict["latitude"] = self.latitude

        if self.longitude is not None:
            field_dict["longitude"] = self.longitude

        if self.call is not None:
            field_dict["call"] = self.call

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        if self.link is not None:
            field_dict["link"] = self.link

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
