from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendLocationMessageLocation")


@_attrs_define
class SendLocationMessageLocation:
    """
    Attributes:
        address (str | None): Address.
        coordinates (list[float] | None): [latitude, longitude]: latitude within ±90, longitude within ±180.
        name (str | None): Location Name.
    """

    address: str | None = None
    coordinates: list[float] | None = None
    name: str | None = None
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

        _coordinates_value = UNSET if self.coordinates is None else self.coordinates
        coordinates: list[float] | Unset = UNSET
        if not isinstance(_coordinates_value, Unset):
            coordinates = _coordinates_value

        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        coordinates = cast(list[float], d.pop("coordinates", UNSET))

        name = d.pop("name", UNSET)

        send_location_message_location = cls(
            address=None if isinstance(address, Unset) else address,
            coordinates=None if isinstance(coordinates, Unset) else coordinates,
            name=None if isinstance(name, Unset) else name,
        )

        send_location_message_location.additional_properties = d
        return send_location_message_location

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
