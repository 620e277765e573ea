from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind import ContactInfoKind
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

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
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by

        if self.name is not None:
            field_dict["name"] = self.name

        if self.surname is not None:
            field_dict["surname"] = self.surname

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        if self.description is not None:
            field_dict["description"] = self.description

        if self.alt_phone is not None:
            field_dict["altPhone"] = self.alt_phone

        _birthday_value = UNSET if self.birthday is None else self.birthday
        birthday: None | str | Unset
        if isinstance(_birthday_value, Unset):
            birthday = UNSET
        elif isinstance(_birthday_value, datetime.datetime):
            birthday = api_datetime(_birthday_value)
        else:
            birthday = _birthday_value
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        if self.title is not None:
            field_dict["title"] = self.title

        if self.gender is not None:
            field_dict["gender"] = self.gender

        if self.email is not None:
            field_dict["email"] = self.email

        if self.company_name is not None:
            field_dict["companyName"] = self.company_name

        if self.company_code is not None:
            field_dict["companyCode"] = self.company_code

        if self.company_tax_id is not None:
            field_dict["companyTaxId"] = self.company_tax_id

        if self.company_role is not None:
            field_dict["companyRole"] = self.company_role

        if self.company_phone is not None:
            field_dict["companyPhone"] = self.company_phone

        if self.company_website is not None:
            field_dict["companyWebsite"] = self.company_website

        if self.company_country is not None:
            field_dict["companyCountry"] = self.company_country

        if self.currency is not None:
            field_dict["currency"] = self.currency

        if self.timezone is not None:
            field_dict["timezone"] = self.timezone

        if self.address is not None:
            field_dict["address"] = self.address

        if self.postal_code is not None:
            field_dict["postalCode"] = self.postal_code

        if self.city is not None:
            field_dict["city"] = self.city

        if self.country is not None:
            field_dict["country"] = self.country

        if self.notes is not None:
            field_dict["notes"] = self.notes

        _notes_updated_at_value = UNSET if self.notes_updated_at is None else self.notes_updated_at
        notes_updated_at: None | str | Unset
        if isinstance(_notes_updated_at_value, Unset):
            notes_updated_at = UNSET
        elif isinstance(_notes_updated_at_value, datetime.datetime):
            notes_updated_at = api_datetime(_notes_updated_at_value)
        else:
            notes_updated_at = _notes_updated_at_value
        if notes_updated_at is not UNSET:
            field_dict["notesUpdatedAt"] = notes_updated_at

        if self.notes_updated_by is not None:
            field_dict["notesUpdatedBy"] = self.notes_updated_by

        if self.crm is not None:
            field_dict["crm"] = self.crm

        if self.crm_ref is not None:
            field_dict["crmRef"] = self.crm_ref

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
