from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageHeaderLocation")


@_attrs_define
class ChatMessageHeaderLocation:
    """
    Attributes:
        latitude (float | None)
        longitude (float | None)
        name (str | None)
        address (str | None)
    """

    latitude: float | None = None
    longitude: float | None = None
    name: str | None = None
    address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _latitude_value = UNSET if self.latitude is None else self.latitude
        latitude = _latitude_value
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        _longitude_value = UNSET if self.longitude is None else self.longitude
        longitude = _longitude_value
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _address_value = UNSET if self.address is None else self.address
        address = _address_value
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        chat_message_header_location = cls(
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            name=None if isinstance(name, Unset) else name,
            address=None if isinstance(address, Unset) else address,
        )

        chat_message_header_location.additional_properties = d
        return chat_message_header_location

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
