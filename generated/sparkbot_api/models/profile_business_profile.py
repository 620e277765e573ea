from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ProfileBusinessProfile")


@_attrs_define
class ProfileBusinessProfile:
    """
    Attributes:
        address (str | Unset):
        description (str | Unset):
        email (str | Unset):
        websites (list[str] | Unset):
        categories (list[Any] | Unset):
        business_hours (ProfileBusinessProfileBusinessHours | Unset): Business hours (free-form).
    """

    address: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    websites: list[str] | Unset = UNSET
    categories: list[Any] | Unset = UNSET
    business_hours: ProfileBusinessProfileBusinessHours | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        description = self.description

        email = self.email

        websites: list[str] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = self.websites

        categories: list[Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        business_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = self.business_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if websites is not UNSET:
            field_dict["websites"] = websites
        if categories is not UNSET:
            field_dict["categories"] = categories
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        websites = cast(list[str], d.pop("websites", UNSET))

        categories = cast(list[Any], d.pop("categories", UNSET))

        _business_hours = d.pop("businessHours", UNSET)
        business_hours: ProfileBusinessProfileBusinessHours | Unset
        if isinstance(_business_hours, Unset):
            business_hours = UNSET
        else:
            business_hours = ProfileBusinessProfileBusinessHours.from_dict(_business_hours)

        profile_business_profile = cls(
            address=address,
            description=description,
            email=email,
            websites=websites,
            categories=categories,
            business_hours=business_hours,
        )

        profile_business_profile.additional_properties = d
        return profile_business_profile

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


from ..models.profile_business_profile_business_hours import ProfileBusinessProfileBusinessHours  # noqa: E402
