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
        address (str | None)
        name (str | None)
        lat (float | None)
        lon (float | None)
        degrees (float | None)
    """

    address: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    degrees: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _address_value = UNSET if self.address is None else self.address
        address = _address_value
        if address is not UNSET:
            field_dict["address"] = address

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _lat_value = UNSET if self.lat is None else self.lat
        lat = _lat_value
        if lat is not UNSET:
            field_dict["lat"] = lat

        _lon_value = UNSET if self.lon is None else self.lon
        lon = _lon_value
        if lon is not UNSET:
            field_dict["lon"] = lon

        _degrees_value = UNSET if self.degrees is None else self.degrees
        degrees = _degrees_value
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
            address=None if isinstance(address, Unset) else address,
            name=None if isinstance(name, Unset) else name,
            lat=None if isinstance(lat, Unset) else lat,
            lon=None if isinstance(lon, Unset) else lon,
            degrees=None if isinstance(degrees, Unset) else degrees,
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
