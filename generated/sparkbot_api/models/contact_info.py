from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind import ContactInfoKind
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
    """CRM info edited by the team.

    Attributes:
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        name (str | Unset):
        surname (str | Unset):
        kind (ContactInfoKind | Unset):
        description (str | Unset):
        alt_phone (str | Unset):
        birthday (datetime.datetime | Unset):
        title (str | Unset):
        gender (str | Unset):
        email (str | Unset):
        company_name (str | Unset):
        company_code (str | Unset):
        company_tax_id (str | Unset):
        company_role (str | Unset):
        company_phone (str | Unset):
        company_website (str | Unset):
        company_country (str | Unset):
        currency (str | Unset):
        timezone (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        city (str | Unset):
        country (str | Unset):
        notes (str | Unset):
        notes_updated_at (datetime.datetime | Unset):
        notes_updated_by (str | Unset):
        crm (str | Unset):
        crm_ref (str | Unset):
    """

    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    kind: ContactInfoKind | Unset = UNSET
    description: str | Unset = UNSET
    alt_phone: str | Unset = UNSET
    birthday: datetime.datetime | Unset = UNSET
    title: str | Unset = UNSET
    gender: str | Unset = UNSET
    email: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_code: str | Unset = UNSET
    company_tax_id: str | Unset = UNSET
    company_role: str | Unset = UNSET
    company_phone: str | Unset = UNSET
    company_website: str | Unset = UNSET
    company_country: str | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    notes: str | Unset = UNSET
    notes_updated_at: datetime.datetime | Unset = UNSET
    notes_updated_by: str | Unset = UNSET
    crm: str | Unset = UNSET
    crm_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        name = self.name

        surname = self.surname

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        description = self.description

        alt_phone = self.alt_phone

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        title = self.title

        gender = self.gender

        email = self.email

        company_name = self.company_name

        company_code = self.company_code

        company_tax_id = self.company_tax_id

        company_role = self.company_role

        company_phone = self.company_phone

        company_website = self.company_website

        company_country = self.company_country

        currency = self.currency

        timezone = self.timezone

        address = self.address

        postal_code = self.postal_code

        city = self.city

        country = self.country

        notes = self.notes

        notes_updated_at: str | Unset = UNSET
        if not isinstance(self.notes_updated_at, Unset):
            notes_updated_at = self.notes_updated_at.isoformat()

        notes_updated_by = self.notes_updated_by

        crm = self.crm

        crm_ref = self.crm_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if kind is not UNSET:
            field_dict["kind"] = kind
        if description is not UNSET:
            field_dict["description"] = description
        if alt_phone is not UNSET:
            field_dict["altPhone"] = alt_phone
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if title is not UNSET:
            field_dict["title"] = title
        if gender is not UNSET:
            field_dict["gender"] = gender
        if email is not UNSET:
            field_dict["email"] = email
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_code is not UNSET:
            field_dict["companyCode"] = company_code
        if company_tax_id is not UNSET:
            field_dict["companyTaxId"] = company_tax_id
        if company_role is not UNSET:
            field_dict["companyRole"] = company_role
        if company_phone is not UNSET:
            field_dict["companyPhone"] = company_phone
        if company_website is not UNSET:
            field_dict["companyWebsite"] = company_website
        if company_country is not UNSET:
            field_dict["companyCountry"] = company_country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if notes is not UNSET:
            field_dict["notes"] = notes
        if notes_updated_at is not UNSET:
            field_dict["notesUpdatedAt"] = notes_updated_at
        if notes_updated_by is not UNSET:
            field_dict["notesUpdatedBy"] = notes_updated_by
        if crm is not UNSET:
            field_dict["crm"] = crm
        if crm_ref is not UNSET:
            field_dict["crmRef"] = crm_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updatedBy", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ContactInfoKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ContactInfoKind(_kind)

        description = d.pop("description", UNSET)

        alt_phone = d.pop("altPhone", UNSET)

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.datetime | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.datetime.fromisoformat(_birthday)

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

        _notes_updated_at = d.pop("notesUpdatedAt", UNSET)
        notes_updated_at: datetime.datetime | Unset
        if isinstance(_notes_updated_at, Unset):
            notes_updated_at = UNSET
        else:
            notes_updated_at = datetime.datetime.fromisoformat(_notes_updated_at)

        notes_updated_by = d.pop("notesUpdatedBy", UNSET)

        crm = d.pop("crm", UNSET)

        crm_ref = d.pop("crmRef", UNSET)

        contact_info = cls(
            updated_at=updated_at,
            updated_by=updated_by,
            name=name,
            surname=surname,
            kind=kind,
            description=description,
            alt_phone=alt_phone,
            birthday=birthday,
            title=title,
            gender=gender,
            email=email,
            company_name=company_name,
            company_code=company_code,
            company_tax_id=company_tax_id,
            company_role=company_role,
            company_phone=company_phone,
            company_website=company_website,
            company_country=company_country,
            currency=currency,
            timezone=timezone,
            address=address,
            postal_code=postal_code,
            city=city,
            country=country,
            notes=notes,
            notes_updated_at=notes_updated_at,
            notes_updated_by=notes_updated_by,
            crm=crm,
            crm_ref=crm_ref,
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
