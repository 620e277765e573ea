from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageEvent")


@_attrs_define
class ChatMessageEvent:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        location (str | Unset):
        date (datetime.datetime | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        call (str | Unset):
        code (str | Unset):
        link (str | Unset):
        invalidated (bool | Unset):
        attending (bool | Unset):
        updated_at (datetime.datetime | Unset):
        total_participants (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    location: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    call: str | Unset = UNSET
    code: str | Unset = UNSET
    link: str | Unset = UNSET
    invalidated: bool | Unset = UNSET
    attending: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    total_participants: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        location = self.location

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        latitude = self.latitude

        longitude = self.longitude

        call = self.call

        code = self.code

        link = self.link

        invalidated = self.invalidated

        attending = self.attending

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        total_participants = self.total_participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if date is not UNSET:
            field_dict["date"] = date
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if call is not UNSET:
            field_dict["call"] = call
        if code is not UNSET:
            field_dict["code"] = code
        if link is not UNSET:
            field_dict["link"] = link
        if invalidated is not UNSET:
            field_dict["invalidated"] = invalidated
        if attending is not UNSET:
            field_dict["attending"] = attending
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if total_participants is not UNSET:
            field_dict["totalParticipants"] = total_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        location = d.pop("location", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        call = d.pop("call", UNSET)

        code = d.pop("code", UNSET)

        link = d.pop("link", UNSET)

        invalidated = d.pop("invalidated", UNSET)

        attending = d.pop("attending", UNSET)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        total_participants = d.pop("totalParticipants", UNSET)

        chat_message_event = cls(
            name=name,
            description=description,
            location=location,
            date=date,
            latitude=latitude,
            longitude=longitude,
            call=call,
            code=code,
            link=link,
            invalidated=invalidated,
            attending=attending,
            updated_at=updated_at,
            total_participants=total_participants,
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
