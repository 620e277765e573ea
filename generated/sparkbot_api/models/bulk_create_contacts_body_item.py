from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="BulkCreateContactsBodyItem")


@_attrs_define
class BulkCreateContactsBodyItem:
    """
    Attributes:
        phone (str | Unset): Phone Number.
        name (str | Unset): Name.
        surname (str | Unset): Surname.
        email (str | Unset): Email.
        company_name (str | Unset): Company.
    """

    phone: str | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        name = self.name

        surname = self.surname

        email = self.email

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        email = d.pop("email", UNSET)

        company_name = d.pop("companyName", UNSET)

        bulk_create_contacts_body_item = cls(
            phone=phone,
            name=name,
            surname=surname,
            email=email,
            company_name=company_name,
        )

        bulk_create_contacts_body_item.additional_properties = d
        return bulk_create_contacts_body_item

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
