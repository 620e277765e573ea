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
        address (str | None)
        description (str | None)
        email (str | None)
        latitude (float | None)
        longitude (float | None)
        profile_path (str | None)
    """

    address: str | None = None
    description: str | None = None
    email: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    profile_path: str | None = None
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

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _latitude_value = UNSET if self.latitude is None else self.latitude
        latitude = _latitude_value
        if latitude is not UNSET:
            field_dict["latitude"] = latitude

        _longitude_value = UNSET if self.longitude is None else self.longitude
        longitude = _longitude_value
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        _profile_path_value = UNSET if self.profile_path is None else self.profile_path
        profile_path = _profile_path_value
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
            address=None if isinstance(address, Unset) else address,
            description=None if isinstance(description, Unset) else description,
            email=None if isinstance(email, Unset) else email,
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            profile_path=None if isinstance(profile_path, Unset) else profile_path,
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
