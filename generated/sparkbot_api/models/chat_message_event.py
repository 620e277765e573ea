from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessageEvent")


@_attrs_define
class ChatMessageEvent:
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

        if self.latitude is not None:
            field_dict["latitude"] = self.latitude

        if self.longitude is not None:
            field_dict["longitude"] = self.longitude

        if self.call is not None:
            field_dict["call"] = self.call

        if self.code is not None:
            field_dict["code"] = self.code

        if self.link is not None:
            field_dict["link"] = self.link

        if self.invalidated is not None:
            field_dict["invalidated"] = self.invalidated

        if self.attending is not None:
            field_dict["attending"] = self.attending

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.total_participants is not None:
            field_dict["totalParticipants"] = self.total_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

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

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        call = d.pop("call", UNSET)

        code = d.pop("code", UNSET)

        link = d.pop("link", UNSET)

        invalidated = d.pop("invalidated", UNSET)

        attending = d.pop("attending", UNSET)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        total_participants = d.pop("totalParticipants", UNSET)

        chat_message_event = cls(
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            location=None if isinstance(location, Unset) else location,
            date=None if isinstance(date, Unset) else date,
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            call=None if isinstance(call, Unset) else call,
            code=None if isinstance(code, Unset) else code,
            link=None if isinstance(link, Unset) else link,
            invalidated=None if isinstance(invalidated, Unset) else invalidated,
            attending=None if isinstance(attending, Unset) else attending,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            total_participants=None if isinstance(total_participants, Unset) else total_participants,
        )

        chat_message_event.additional_properties = d
        return chat_message_event

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
