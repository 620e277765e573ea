from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gender import ContactGender
from ..models.contact_kind import ContactKind
from ..models.contact_notifications import ContactNotifications
from ..models.contact_removable_field import ContactRemovableField
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateContactBody")


@_attrs_define
class UpdateContactBody:
    """
    Attributes:
        name (str | Unset): Name.
        surname (str | Unset): Surname.
        title (str | Unset): Title.
        kind (ContactKind | Unset):
        gender (ContactGender | Unset):
        alt_phone (str | Unset): Alternative Phone.
        email (str | Unset): Email.
        description (str | Unset): Description.
        languages (list[str] | Unset): Languages.
        company_name (str | Unset): Company Name.
        company_code (str | Unset): Company Code.
        company_tax_id (str | Unset): Company Tax ID.
        company_role (str | Unset): Company Role.
        company_website (str | Unset): Company Website.
        company_email (str | Unset): Company Email.
        company_phone (str | Unset): Company Phone.
        company_country (str | Unset): Company Country.
        currency (str | Unset): Currency.
        address (str | Unset): Address.
        city (str | Unset): City.
        postal_code (str | Unset): Postal Code.
        country (str | Unset): Country.
        notes (str | Unset): Notes.
        birthday (datetime.datetime | Unset): Birthday.
        notifications (ContactNotifications | Unset):
        timezone (str | Unset): Timezone.
        crm (str | Unset): CRM.
        crm_ref (str | Unset): CRM Reference.
        sync (bool | Unset): Sync Across All Numbers.
        assign (str | Unset): Assign to User.
        upsert (bool | Unset): Upsert.
        metadata (list[ContactFieldsMetadataItem] | Unset):
        remove (list[ContactRemovableField] | Unset): Fields to Remove.
    """

    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    title: str | Unset = UNSET
    kind: ContactKind | Unset = UNSET
    gender: ContactGender | Unset = UNSET
    alt_phone: str | Unset = UNSET
    email: str | Unset = UNSET
    description: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    company_name: str | Unset = UNSET
    company_code: str | Unset = UNSET
    company_tax_id: str | Unset = UNSET
    company_role: str | Unset = UNSET
    company_website: str | Unset = UNSET
    company_email: str | Unset = UNSET
    company_phone: str | Unset = UNSET
    company_country: str | Unset = UNSET
    currency: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    notes: str | Unset = UNSET
    birthday: datetime.datetime | Unset = UNSET
    notifications: ContactNotifications | Unset = UNSET
    timezone: str | Unset = UNSET
    crm: str | Unset = UNSET
    crm_ref: str | Unset = UNSET
    sync: bool | Unset = UNSET
    assign: str | Unset = UNSET
    upsert: bool | Unset = UNSET
    metadata: list[ContactFieldsMetadataItem] | Unset = UNSET
    remove: list[ContactRemovableField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        surname = self.surname

        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        alt_phone = self.alt_phone

        email = self.email

        description = self.description

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        company_name = self.company_name

        company_code = self.company_code

        company_tax_id = self.company_tax_id

        company_role = self.company_role

        company_website = self.company_website

        company_email = self.company_email

        company_phone = self.company_phone

        company_country = self.company_country

        currency = self.currency

        address = self.address

        city = self.city

        postal_code = self.postal_code

        country = self.country

        notes = self.notes

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        notifications: str | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.value

        timezone = self.timezone

        crm = self.crm

        crm_ref = self.crm_ref

        sync = self.sync

        assign = self.assign

        upsert = self.upsert

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = []
            for remove_item_data in self.remove:
                remove_item = remove_item_data.value
                remove.append(remove_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if gender is not UNSET:
            field_dict["gender"] = gender
        if alt_phone is not UNSET:
            field_dict["altPhone"] = alt_phone
        if email is not UNSET:
            field_dict["email"] = email
        if description is not UNSET:
            field_dict["description"] = description
        if languages is not UNSET:
            field_dict["languages"] = languages
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if company_code is not UNSET:
            field_dict["companyCode"] = company_code
        if company_tax_id is not UNSET:
            field_dict["companyTaxId"] = company_tax_id
        if company_role is not UNSET:
            field_dict["companyRole"] = company_role
        if company_website is not UNSET:
            field_dict["companyWebsite"] = company_website
        if company_email is not UNSET:
            field_dict["companyEmail"] = company_email
        if company_phone is not UNSET:
            field_dict["companyPhone"] = company_phone
        if company_country is not UNSET:
            field_dict["companyCountry"] = company_country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if notes is not UNSET:
            field_dict["notes"] = notes
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if crm is not UNSET:
            field_dict["crm"] = crm
        if crm_ref is not UNSET:
            field_dict["crmRef"] = crm_ref
        if sync is not UNSET:
            field_dict["sync"] = sync
        if assign is not UNSET:
            field_dict["assign"] = assign
        if upsert is not UNSET:
            field_dict["upsert"] = upsert
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if remove is not UNSET:
            field_dict["$remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ContactKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ContactKind(_kind)

        _gender = d.pop("gender", UNSET)
        gender: ContactGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = ContactGender(_gender)

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

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.datetime | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.datetime.fromisoformat(_birthday)

        _notifications = d.pop("notifications", UNSET)
        notifications: ContactNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = ContactNotifications(_notifications)

        timezone = d.pop("timezone", UNSET)

        crm = d.pop("crm", UNSET)

        crm_ref = d.pop("crmRef", UNSET)

        sync = d.pop("sync", UNSET)

        assign = d.pop("assign", UNSET)

        upsert = d.pop("upsert", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[ContactFieldsMetadataItem] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = ContactFieldsMetadataItem.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _remove = d.pop("$remove", UNSET)
        remove: list[ContactRemovableField] | Unset = UNSET
        if _remove is not UNSET:
            remove = []
            for remove_item_data in _remove:
                remove_item = ContactRemovableField(remove_item_data)

                remove.append(remove_item)

        update_contact_body = cls(
            name=name,
            surname=surname,
            title=title,
            kind=kind,
            gender=gender,
            alt_phone=alt_phone,
            email=email,
            description=description,
            languages=languages,
            company_name=company_name,
            company_code=company_code,
            company_tax_id=company_tax_id,
            company_role=company_role,
            company_website=company_website,
            company_email=company_email,
            company_phone=company_phone,
            company_country=company_country,
            currency=currency,
            address=address,
            city=city,
            postal_code=postal_code,
            country=country,
            notes=notes,
            birthday=birthday,
            notifications=notifications,
            timezone=timezone,
            crm=crm,
            crm_ref=crm_ref,
            sync=sync,
            assign=assign,
            upsert=upsert,
            metadata=metadata,
            remove=remove,
        )

        update_contact_body.additional_properties = d
        return update_contact_body

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
