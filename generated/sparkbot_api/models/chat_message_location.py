from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageLocation")


@_attrs_define
class ChatMessageLocation:
    """
    Attributes:
        address (str | Unset):
        name (str | Unset):
        lat (float | Unset):
        lon (float | Unset):
        degrees (float | Unset):
    """

    address: str | Unset = UNSET
    name: str | Unset = UNSET
    lat: float | Unset = UNSET
    lon: float | Unset = UNSET
    degrees: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        name = self.name

        lat = self.lat

        lon = self.lon

        degrees = self.degrees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if degrees is not UNSET:
            field_dict["degrees"] = degrees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        name = d.pop("name", UNSET)

        lat = d.pop("lat", UNSET)

        lon = d.pop("lon", UNSET)

        degrees = d.pop("degrees", UNSET)

        chat_message_location = cls(
            address=address,
            name=name,
            lat=lat,
            lon=lon,
            degrees=degrees,
        )

        chat_message_location.additional_properties = d
        return chat_message_location

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
