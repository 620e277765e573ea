from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ContactBusinessInfo")


@_attrs_define
class ContactBusinessInfo:
    """WhatsApp Business profile of the contact.

    Attributes:
        address (str | Unset):
        description (str | Unset):
        email (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        profile_path (str | Unset):
    """

    address: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    profile_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        description = self.description

        email = self.email

        latitude = self.latitude

        longitude = self.longitude

        profile_path = self.profile_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if profile_path is not UNSET:
            field_dict["profilePath"] = profile_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        profile_path = d.pop("profilePath", UNSET)

        contact_business_info = cls(
            address=address,
            description=description,
            email=email,
            latitude=latitude,
            longitude=longitude,
            profile_path=profile_path,
        )

        contact_business_info.additional_properties = d
        return contact_business_info

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
