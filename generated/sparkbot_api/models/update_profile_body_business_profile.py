from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateProfileBodyBusinessProfile")


@_attrs_define
class UpdateProfileBodyBusinessProfile:
    """
    Attributes:
        address (bool | Unset): Update Business Profile.
        business_hours (UpdateProfileBodyBusinessProfileBusinessHours | Unset):
        categories (list[bool] | Unset): Update Business Profile.
        description (bool | Unset): Update Business Profile.
        email (bool | Unset): Update Business Profile.
        websites (list[bool] | Unset): Update Business Profile.
    """

    address: bool | Unset = UNSET
    business_hours: UpdateProfileBodyBusinessProfileBusinessHours | Unset = UNSET
    categories: list[bool] | Unset = UNSET
    description: bool | Unset = UNSET
    email: bool | Unset = UNSET
    websites: list[bool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        business_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = self.business_hours.to_dict()

        categories: list[bool] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        description = self.description

        email = self.email

        websites: list[bool] | Unset = UNSET
        if not isinstance(self.websites, Unset):
            websites = self.websites

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if business_hours is not UNSET:
            field_dict["businessHours"] = business_hours
        if categories is not UNSET:
            field_dict["categories"] = categories
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if websites is not UNSET:
            field_dict["websites"] = websites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        _business_hours = d.pop("businessHours", UNSET)
        business_hours: UpdateProfileBodyBusinessProfileBusinessHours | Unset
        if isinstance(_business_hours, Unset):
            business_hours = UNSET
        else:
            business_hours = UpdateProfileBodyBusinessProfileBusinessHours.from_dict(_business_hours)

        categories = cast(list[bool], d.pop("categories", UNSET))

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        websites = cast(list[bool], d.pop("websites", UNSET))

        update_profile_body_business_profile = cls(
            address=address,
            business_hours=business_hours,
            categories=categories,
            description=description,
            email=email,
            websites=websites,
        )

        update_profile_body_business_profile.additional_properties = d
        return update_profile_body_business_profile

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


from ..models.update_profile_body_business_profile_business_hours import UpdateProfileBodyBusinessProfileBusinessHours  # noqa: E402
