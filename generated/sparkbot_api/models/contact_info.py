from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_info_kind import ContactInfoKind
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class ContactInfo(ApiModel):
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


ContactInfo._api_fields = {
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "updatedBy": ("updated_by", None),
    "name": ("name", None),
    "surname": ("surname", None),
    "kind": ("kind", member(ContactInfoKind)),
    "description": ("description", None),
    "altPhone": ("alt_phone", None),
    "birthday": ("birthday", nullable(datetime.datetime.fromisoformat)),
    "title": ("title", None),
    "gender": ("gender", None),
    "email": ("email", None),
    "companyName": ("company_name", None),
    "companyCode": ("company_code", None),
    "companyTaxId": ("company_tax_id", None),
    "companyRole": ("company_role", None),
    "companyPhone": ("company_phone", None),
    "companyWebsite": ("company_website", None),
    "companyCountry": ("company_country", None),
    "currency": ("currency", None),
    "timezone": ("timezone", None),
    "address": ("address", None),
    "postalCode": ("postal_code", None),
    "city": ("city", None),
    "country": ("country", None),
    "notes": ("notes", None),
    "notesUpdatedAt": ("notes_updated_at", nullable(datetime.datetime.fromisoformat)),
    "notesUpdatedBy": ("notes_updated_by", None),
    "crm": ("crm", None),
    "crmRef": ("crm_ref", None),
}
