from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gender import ContactGender
from ..models.contact_kind import ContactKind
from ..models.contact_notifications import ContactNotifications
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ContactFields")


@_attrs_define
class ContactFields:
    """Contact fields shared by create and update.

    Attributes:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name

        if self.surname is not None:
            field_dict["surname"] = self.surname

        if self.title is not None:
            field_dict["title"] = self.title

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        _gender_value = UNSET if self.gender is None else self.gender
        gender: str | Unset = UNSET
        if not isinstance(_gender_value, Unset):
            gender = _gender_value.value

        if gender is not UNSET:
            field_dict["gender"] = gender

        if self.alt_phone is not None:
            field_dict["altPhone"] = self.alt_phone

        if self.email is not None:
            field_dict["email"] = self.email

        if self.description is not None:
            field_dict["description"] = self.description

        _languages_value = UNSET if self.languages is None else self.languages
        languages: list[str] | Unset = UNSET
        if not isinstance(_languages_value, Unset):
            languages = _languages_value

        if languages is not UNSET:
            field_dict["languages"] = languages

        if self.company_name is not None:
            field_dict["companyName"] = self.company_name

        if self.company_code is not None:
            field_dict["companyCode"] = self.company_code

        if self.company_tax_id is not None:
            field_dict["companyTaxId"] = self.company_tax_id

        if self.company_role is not None:
            field_dict["companyRole"] = self.company_role

        if self.company_website is not None:
            field_dict["companyWebsite"] = self.company_website

        if self.company_email is not None:
            field_dict["companyEmail"] = self.company_email

        if self.company_phone is not None:
            field_dict["companyPhone"] = self.company_phone

        if self.company_country is not None:
            field_dict["companyCountry"] = self.company_country

        if self.currency is not None:
            field_dict["currency"] = self.currency

        if self.address is not None:
            field_dict["address"] = self.address

        if self.city is not None:
            field_dict["city"] = self.city

        if self.postal_code is not None:
            field_dict["postalCode"] = self.postal_code

        if self.country is not None:
            field_dict["country"] = self.country

        if self.notes is not None:
            field_dict["notes"] = self.notes

        _birthday_value = UNSET if self.birthday is None else self.birthday
        birthday: str | Unset = UNSET
        if not isinstance(_birthday_value, Unset):
            birthday = api_datetime(_birthday_value)
        if birthday is not UNSET:
            field_dict["birthday"] = birthday

        _notifications_value = UNSET if self.notifications is None else self.notifications
        notifications: str | Unset = UNSET
        if not isinstance(_notifications_value, Unset):
            notifications = _notifications_value.value

        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        if self.timezone is not None:
            field_dict["timezone"] = self.timezone

        if self.crm is not None:
            field_dict["crm"] = self.crm

        if self.crm_ref is not None:
            field_dict["crmRef"] = self.crm_ref

        if self.sync is not None:
            field_dict["sync"] = self.sync

        if self.assign is not None:
            field_dict["assign"] = self.assign

        if self.upsert is not None:
            field_dict["upsert"] = self.upsert

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = []
            for metadata_item_data in _metadata_value:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        title = d.pop("title", UNSET)

        try:
            _kind = d.get("kind", UNSET)
            kind: ContactKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = ContactKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        try:
            _gender = d.get("gender", UNSET)
            gender: ContactGender | Unset
            if isinstance(_gender, Unset):
                gender = UNSET
            else:
                gender = ContactGender(_gender)

        except LENIENT:
            gender = UNSET
        else:
            d.pop("gender", None)

        alt_phone = d.pop("altPhone", UNSET)

        email = d.pop("email", UNSET)

        description = d.pop("description", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        company_name = d.pop("companyName", UNSET)

        company_code = d.pop("companyCode", UNSET)

        company_tax_id = d.pop("companyTaxId", UNSET)

        company_role = d.pop("companyRole", UNSET)

        company_website = d.pop("companyWebsite", UNSET)

        company_email = d.pop("companyEmail", UNSET)

        company_phone = d.pop("companyPhone", UNSET)

        company_country = d.pop("companyCountry", UNSET)

        currency = d.pop("currency", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country = d.pop("country", UNSET)

        notes = d.pop("notes", UNSET)

        try:
            _birthday = d.get("birthday", UNSET)
            birthday: datetime.datetime | Unset
            if isinstance(_birthday, Unset):
                birthday = UNSET
            else:
                birthday = datetime.datetime.fromisoformat(_birthday)

        except LENIENT:
            birthday = UNSET
        else:
            d.pop("birthday", None)

        try:
            _notifications = d.get("notifications", UNSET)
            notifications: ContactNotifications | Unset
            if isinstance(_notifications, Unset):
                notifications = UNSET
            else:
                notifications = ContactNotifications(_notifications)

        except LENIENT:
            notifications = UNSET
        else:
            d.pop("notifications", None)

        timezone = d.pop("timezone", UNSET)

        crm = d.pop("crm", UNSET)

        crm_ref = d.pop("crmRef", UNSET)

        sync = d.pop("sync", UNSET)

        assign = d.pop("assign", UNSET)

        upsert = d.pop("upsert", UNSET)

        try:
            _metadata = d.get("metadata", UNSET)
            metadata: list[ContactFieldsMetadataItem] | Unset = UNSET
            if _metadata is not UNSET:
                metadata = []
                for metadata_item_data in _metadata:
                    metadata_item = ContactFieldsMetadataItem.from_dict(metadata_item_data)

                    metadata.append(metadata_item)

        except LENIENT:
            metadata = UNSET
        else:
            d.pop("metadata", None)

        contact_fields = cls(
            name=None if isinstance(name, Unset) else name,
            surname=None if isinstance(surname, Unset) else surname,
            title=None if isinstance(title, Unset) else title,
            kind=None if isinstance(kind, Unset) else kind,
            gender=None if isinstance(gender, Unset) else gender,
            alt_phone=None if isinstance(alt_phone, Unset) else alt_phone,
            email=None if isinstance(email, Unset) else email,
            description=None if isinstance(description, Unset) else description,
            languages=None if isinstance(languages, Unset) else languages,
            company_name=None if isinstance(company_name, Unset) else company_name,
            company_code=None if isinstance(company_code, Unset) else company_code,
            company_tax_id=None if isinstance(company_tax_id, Unset) else company_tax_id,
            company_role=None if isinstance(company_role, Unset) else company_role,
            company_website=None if isinstance(company_website, Unset) else company_website,
            company_email=None if isinstance(company_email, Unset) else company_email,
            company_phone=None if isinstance(company_phone, Unset) else company_phone,
            company_country=None if isinstance(company_country, Unset) else company_country,
            currency=None if isinstance(currency, Unset) else currency,
            address=None if isinstance(address, Unset) else address,
            city=None if isinstance(city, Unset) else city,
            postal_code=None if isinstance(postal_code, Unset) else postal_code,
            country=None if isinstance(country, Unset) else country,
            notes=None if isinstance(notes, Unset) else notes,
            birthday=None if isinstance(birthday, Unset) else birthday,
            notifications=None if isinstance(notifications, Unset) else notifications,
            timezone=None if isinstance(timezone, Unset) else timezone,
            crm=None if isinstance(crm, Unset) else crm,
            crm_ref=None if isinstance(crm_ref, Unset) else crm_ref,
            sync=None if isinstance(sync, Unset) else sync,
            assign=None if isinstance(assign, Unset) else assign,
            upsert=None if isinstance(upsert, Unset) else upsert,
            metadata=None if isinstance(metadata, Unset) else metadata,
        )

        contact_fields.additional_properties = d
        return contact_fields

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


from ..models.contact_fields_metadata_item import ContactFieldsMetadataItem  # noqa: E402
