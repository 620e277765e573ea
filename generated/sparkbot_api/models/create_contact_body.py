from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gender import ContactGender
from ..models.contact_kind import ContactKind
from ..models.contact_notifications import ContactNotifications
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class CreateContactBody(ApiModel):
    """
    Attributes:
        phone (str): Phone Number.
        name (str | None): Name.
        surname (str | None): Surname.
        title (str | None): Title.
        kind (ContactKind | None)
        gender (ContactGender | None)
        alt_phone (str | None): Alternative Phone.
        email (str | None): Email.
        description (str | None): Description.
        languages (list[str] | None): Languages.
        company_name (str | None): Company Name.
        company_code (str | None): Company Code.
        company_tax_id (str | None): Company Tax ID.
        company_role (str | None): Company Role.
        company_website (str | None): Company Website.
        company_email (str | None): Company Email.
        company_phone (str | None): Company Phone.
        company_country (str | None): Company Country.
        currency (str | None): Currency.
        address (str | None): Address.
        city (str | None): City.
        postal_code (str | None): Postal Code.
        country (str | None): Country.
        notes (str | None): Notes.
        birthday (datetime.datetime | None): Birthday.
        notifications (ContactNotifications | None)
        timezone (str | None): Timezone.
        crm (str | None): CRM.
        crm_ref (str | None): CRM Reference.
        sync (bool | None): Sync Across All Numbers.
        assign (str | None): Assign to User.
        upsert (bool | None): Upsert.
        metadata (list[ContactFieldsMetadataItem] | None)
    """

    phone: str
    name: str | None = None
    surname: str | None = None
    title: str | None = None
    kind: ContactKind | None = None
    gender: ContactGender | None = None
    alt_phone: str | None = None
    email: str | None = None
    description: str | None = None
    languages: list[str] | None = None
    company_name: str | None = None
    company_code: str | None = None
    company_tax_id: str | None = None
    company_role: str | None = None
    company_website: str | None = None
    company_email: str | None = None
    company_phone: str | None = None
    company_country: str | None = None
    currency: str | None = None
    address: str | None = None
    city: str | None = None
    postal_code: str | None = None
    country: str | None = None
    notes: str | None = None
    birthday: datetime.datetime | None = None
    notifications: ContactNotifications | None = None
    timezone: str | None = None
    crm: str | None = None
    crm_ref: str | None = None
    sync: bool | None = None
    assign: str | None = None
    upsert: bool | None = None
    metadata: list[ContactFieldsMetadataItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.contact_fields_metadata_item import ContactFieldsMetadataItem  # noqa: E402

CreateContactBody._api_fields = {
    "phone": ("phone", None),
    "name": ("name", None),
    "surname": ("surname", None),
    "title": ("title", None),
    "kind": ("kind", member(ContactKind)),
    "gender": ("gender", member(ContactGender)),
    "altPhone": ("alt_phone", None),
    "email": ("email", None),
    "description": ("description", None),
    "languages": ("languages", None),
    "companyName": ("company_name", None),
    "companyCode": ("company_code", None),
    "companyTaxId": ("company_tax_id", None),
    "companyRole": ("company_role", None),
    "companyWebsite": ("company_website", None),
    "companyEmail": ("company_email", None),
    "companyPhone": ("company_phone", None),
    "companyCountry": ("company_country", None),
    "currency": ("currency", None),
    "address": ("address", None),
    "city": ("city", None),
    "postalCode": ("postal_code", None),
    "country": ("country", None),
    "notes": ("notes", None),
    "birthday": ("birthday", datetime.datetime.fromisoformat),
    "notifications": ("notifications", member(ContactNotifications)),
    "timezone": ("timezone", None),
    "crm": ("crm", None),
    "crmRef": ("crm_ref", None),
    "sync": ("sync", None),
    "assign": ("assign", None),
    "upsert": ("upsert", None),
    "metadata": ("metadata", each(ContactFieldsMetadataItem.from_dict)),
}
