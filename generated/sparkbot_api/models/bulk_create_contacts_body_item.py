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
        phone (str | None): Phone Number.
        name (str | None): Name.
        surname (str | None): Surname.
        email (str | None): Email.
        company_name (str | None): Company.
    """

    phone: str | None = None
    name: str | None = None
    surname: str | None = None
    email: str | None = None
    company_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _phone_value = UNSET if self.phone is None else self.phone
        phone = _phone_value
        if phone is not UNSET:
            field_dict["phone"] = phone

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _surname_value = UNSET if self.surname is None else self.surname
        surname = _surname_value
        if surname is not UNSET:
            field_dict["surname"] = surname

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _company_name_value = UNSET if self.company_name is None else self.company_name
        company_name = _company_name_value
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
            phone=None if isinstance(phone, Unset) else phone,
            name=None if isinstance(name, Unset) else name,
            surname=None if isinstance(surname, Unset) else surname,
            email=None if isinstance(email, Unset) else email,
            company_name=None if isinstance(company_name, Unset) else company_name,
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
