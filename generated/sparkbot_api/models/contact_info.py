from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind import ContactInfoKind
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
    """CRM info edited by the team.

    Attributes:
        updated_at (datetime.datetime | None)
        updated_by (str | None)
        name (str | None)
        surname (str | None)
        kind (ContactInfoKind | None)
        description (str | None)
        alt_phone (str | None)
        birthday (datetime.datetime | None)
        title (str | None)
        gender (str | None)
        email (str | None)
        company_name (str | None)
        company_code (str | None)
        company_tax_id (str | None)
        company_role (str | None)
        company_phone (str | None)
        company_website (str | None)
        company_country (str | None)
        currency (str | None)
        timezone (str | None)
        address (str | None)
        postal_code (str | None)
        city (str | None)
        country (str | None)
        notes (str | None)
        notes_updated_at (datetime.datetime | None)
        notes_updated_by (str | None)
        crm (str | None)
        crm_ref (str | None)
    """

    updated_at: datetime.datetime | None = None
    updated_by: str | None = None
    name: str | None = None
    surname: str | None = None
    kind: ContactInfoKind | None = None
    description: str | None = None
    alt_phone: str | None = None
    birthday: datetime.datetime | None = None
    title: str | None = None
    gender: str | None = None
    email: str | None = None
    company_name: str | None = None
    company_code: str | None = None
    company_tax_id: str | None = None
    company_role: str | None = None
    company_phone: str | None = None
    company_website: str | None = None
    company_country: str | None = None
    currency: str | None = None
    timezone: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    notes: str | None = None
    notes_updated_at: datetime.datetime | None = None
    notes_updated_by: str | None = None
    crm: str | None = None
    crm_ref: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = _updated_at_value.isoformat()
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        _updated_by_value = UNSET if self.updated_by is None else self.updated_by
        updated_by = _updated_by_value
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _surname_value = UNSET if self.surname is None else self.surname
        surname = _surname_value
        if surname is not UNSET:
            field_dict["surname"] = surname

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _alt_phone_value = UNSET if self.alt_phone is None else self.alt_phone
        alt_phone = _alt_phone_value
        if alt_phone is not UNSET:
            field_dict["altPhone"] = alt_phone

        _birthday_value = UNSET if self.birthday is None else self.birthday
        birthday: None | str | Unset
        if isinstance(_birthday_value, Unset):
            birthday = UNSET
        elif isinstance(_birthday_value, datetime.datetime):
            birthday = _birthday_value.isoformat()
        else:
            birthday = _birthday_value
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        _gender_value = UNSET if self.gender is None else self.gender
        gender = _gender_value
        if gender is not UNSET:
            field_dict["gender"] = gender

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _company_name_value = UNSET if self.company_name is None else self.company_name
        company_name = _company_name_value
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

        _company_code_value = UNSET if self.company_code is None else self.company_code
        company_code = _company_code_value
        if company_code is not UNSET:
            field_dict["companyCode"] = company_code

        _company_tax_id_value = UNSET if self.company_tax_id is None else self.company_tax_id
        company_tax_id = _company_tax_id_value
        if company_tax_id is not UNSET:
            field_dict["companyTaxId"] = company_tax_id

        _company_role_value = UNSET if self.company_role is None else self.company_role
        company_role = _company_role_value
        if company_role is not UNSET:
            field_dict["companyRole"] = company_role

        _company_phone_value = UNSET if self.company_phone is None else self.company_phone
        company_phone = _company_phone_value
        if company_phone is not UNSET:
            field_dict["companyPhone"] = company_phone

        _company_website_value = UNSET if self.company_website is None else self.company_website
        company_website = _company_website_value
        if company_website is not UNSET:
            field_dict["companyWebsite"] = company_website

        _company_country_value = UNSET if self.company_country is None else self.company_country
        company_country = _company_country_value
        if company_country is not UNSET:
            field_dict["companyCountry"] = company_country

        _currency_value = UNSET if self.currency is None else self.currency
        currency = _currency_value
        if currency is not UNSET:
            field_dict["currency"] = currency

        _timezone_value = UNSET if self.timezone is None else self.timezone
        timezone = _timezone_value
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        _address_value = UNSET if self.address is None else self.address
        address = _address_value
        if address is not UNSET:
            field_dict["address"] = address

        _postal_code_value = UNSET if self.postal_code is None else self.postal_code
        postal_code = _postal_code_value
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        _city_value = UNSET if self.city is None else self.city
        city = _city_value
        if city is not UNSET:
            field_dict["city"] = city

        _country_value = UNSET if self.country is None else self.country
        country = _country_value
        if country is not UNSET:
            field_dict["country"] = country

        _notes_value = UNSET if self.notes is None else self.notes
        notes = _notes_value
        if notes is not UNSET:
            field_dict["notes"] = notes

        _notes_updated_at_value = UNSET if self.notes_updated_at is None else self.notes_updated_at
        notes_updated_at: None | str | Unset
        if isinstance(_notes_updated_at_value, Unset):
            notes_updated_at = UNSET
        elif isinstance(_notes_updated_at_value, datetime.datetime):
            notes_updated_at = _notes_updated_at_value.isoformat()
        else:
            notes_updated_at = _notes_updated_at_value
        if notes_updated_at is not UNSET:
            field_dict["notesUpdatedAt"] = notes_updated_at

        _notes_updated_by_value = UNSET if self.notes_updated_by is None else self.notes_updated_by
        notes_updated_by = _notes_updated_by_value
        if notes_updated_by is not UNSET:
            field_dict["notesUpdatedBy"] = notes_updated_by

        _crm_value = UNSET if self.crm is None else self.crm
        crm = _crm_value
        if crm is not UNSET:
            field_dict["crm"] = crm

        _crm_ref_value = UNSET if self.crm_ref is None else self.crm_ref
        crm_ref = _crm_ref_value
        if crm_ref is not UNSET:
            field_dict["crmRef"] = crm_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        updated_by = d.pop("updatedBy", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        try:
            _kind = d.get("kind", UNSET)
            kind: ContactInfoKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = ContactInfoKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        description = d.pop("description", UNSET)

        alt_phone = d.pop("altPhone", UNSET)

        try:

            def _parse_birthday(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    birthday_type_0 = datetime.datetime.fromisoformat(data)

                    return birthday_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            birthday = _parse_birthday(d.get("birthday", UNSET))

        except LENIENT:
            birthday = UNSET
        else:
            d.pop("birthday", None)

        title = d.pop("title", UNSET)

        gender = d.pop("gender", UNSET)

        email = d.pop("email", UNSET)

        company_name = d.pop("companyName", UNSET)

        company_code = d.pop("companyCode", UNSET)

        company_tax_id = d.pop("companyTaxId", UNSET)

        company_role = d.pop("companyRole", UNSET)

        company_phone = d.pop("companyPhone", UNSET)

        company_website = d.pop("companyWebsite", UNSET)

        company_country = d.pop("companyCountry", UNSET)

        currency = d.pop("currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        address = d.pop("address", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        notes = d.pop("notes", UNSET)

        try:

            def _parse_notes_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    notes_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return notes_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            notes_updated_at = _parse_notes_updated_at(d.get("notesUpdatedAt", UNSET))

        except LENIENT:
            notes_updated_at = UNSET
        else:
            d.pop("notesUpdatedAt", None)

        notes_updated_by = d.pop("notesUpdatedBy", UNSET)

        crm = d.pop("crm", UNSET)

        crm_ref = d.pop("crmRef", UNSET)

        contact_info = cls(
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            updated_by=None if isinstance(updated_by, Unset) else updated_by,
            name=None if isinstance(name, Unset) else name,
            surname=None if isinstance(surname, Unset) else surname,
            kind=None if isinstance(kind, Unset) else kind,
            description=None if isinstance(description, Unset) else description,
            alt_phone=None if isinstance(alt_phone, Unset) else alt_phone,
            birthday=None if isinstance(birthday, Unset) else birthday,
            title=None if isinstance(title, Unset) else title,
            gender=None if isinstance(gender, Unset) else gender,
            email=None if isinstance(email, Unset) else email,
            company_name=None if isinstance(company_name, Unset) else company_name,
            company_code=None if isinstance(company_code, Unset) else company_code,
            company_tax_id=None if isinstance(company_tax_id, Unset) else company_tax_id,
            company_role=None if isinstance(company_role, Unset) else company_role,
            company_phone=None if isinstance(company_phone, Unset) else company_phone,
            company_website=None if isinstance(company_website, Unset) else company_website,
            company_country=None if isinstance(company_country, Unset) else company_country,
            currency=None if isinstance(currency, Unset) else currency,
            timezone=None if isinstance(timezone, Unset) else timezone,
            address=None if isinstance(address, Unset) else address,
            postal_code=None if isinstance(postal_code, Unset) else postal_code,
            city=None if isinstance(city, Unset) else city,
            country=None if isinstance(country, Unset) else country,
            notes=None if isinstance(notes, Unset) else notes,
            notes_updated_at=None if isinstance(notes_updated_at, Unset) else notes_updated_at,
            notes_updated_by=None if isinstance(notes_updated_by, Unset) else notes_updated_by,
            crm=None if isinstance(crm, Unset) else crm,
            crm_ref=None if isinstance(crm_ref, Unset) else crm_ref,
        )

        contact_info.additional_properties = d
        return contact_info

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
