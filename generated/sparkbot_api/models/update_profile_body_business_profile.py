from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateProfileBodyBusinessProfile")


@_attrs_define
class UpdateProfileBodyBusinessProfile:
    """
    Attributes:
        address (str | None): Business address.
        description (str | None): Business description.
        email (str | None): Business e-mail.
        websites (list[str] | None): Business websites.
        categories (list[str] | None): Business category ids.
        business_hours (UpdateProfileBodyBusinessProfileBusinessHours | None)
    """

    address: str | None = None
    description: str | None = None
    email: str | None = None
    websites: list[str] | None = None
    categories: list[str] | None = None
    business_hours: UpdateProfileBodyBusinessProfileBusinessHours | None = None
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

        _websites_value = UNSET if self.websites is None else self.websites
        websites: list[str] | Unset = UNSET
        if not isinstance(_websites_value, Unset):
            websites = _websites_value

        if websites is not UNSET:
            field_dict["websites"] = websites

        _categories_value = UNSET if self.categories is None else self.categories
        categories: list[str] | Unset = UNSET
        if not isinstance(_categories_value, Unset):
            categories = _categories_value

        if categories is not UNSET:
            field_dict["categories"] = categories

        _business_hours_value = UNSET if self.business_hours is None else self.business_hours
        business_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(_business_hours_value, Unset):
            business_hours = _business_hours_value.to_dict()
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

        categories = cast(list[str], d.pop("categories", UNSET))

        try:
            _business_hours = d.get("businessHours", UNSET)
            business_hours: UpdateProfileBodyBusinessProfileBusinessHours | Unset
            if isinstance(_business_hours, Unset):
                business_hours = UNSET
            else:
                business_hours = UpdateProfileBodyBusinessProfileBusinessHours.from_dict(_business_hours)

        except LENIENT:
            business_hours = UNSET
        else:
            d.pop("businessHours", None)

        update_profile_body_business_profile = cls(
            address=None if isinstance(address, Unset) else address,
            description=None if isinstance(description, Unset) else description,
            email=None if isinstance(email, Unset) else email,
            websites=None if isinstance(websites, Unset) else websites,
            categories=None if isinstance(categories, Unset) else categories,
            business_hours=None if isinstance(business_hours, Unset) else business_hours,
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
