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
        address (str | Unset): Address.
        coordinates (list[float] | Unset): Latitude.
        name (str | Unset): Location Name.
    """

    address: str | Unset = UNSET
    coordinates: list[float] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        coordinates: list[float] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
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
            address=address,
            coordinates=coordinates,
            name=name,
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
