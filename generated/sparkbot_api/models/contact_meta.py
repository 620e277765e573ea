from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ContactMeta")


@_attrs_define
class ContactMeta:
    """
    Attributes:
        is_psa (bool | None)
        is_detached_contact (bool | None)
        is_contact (bool | None)
        is_wa_contact (bool | None)
        plaintext_disabled (bool | None)
        is_business (bool | None)
        is_enterprise (bool | None)
        is_contact_blocked (bool | None)
        show_business_checkmark (bool | None)
        status_mute (bool | None)
        is_verified (bool | None)
        verified_name (str | None)
        is_phone_hidden (bool | None)
        source (str | None)
        is_import (bool | None)
    """

    is_psa: bool | None = None
    is_detached_contact: bool | None = None
    is_contact: bool | None = None
    is_wa_contact: bool | None = None
    plaintext_disabled: bool | None = None
    is_business: bool | None = None
    is_enterprise: bool | None = None
    is_contact_blocked: bool | None = None
    show_business_checkmark: bool | None = None
    status_mute: bool | None = None
    is_verified: bool | None = None
    verified_name: str | None = None
    is_phone_hidden: bool | None = None
    source: str | None = None
    is_import: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.is_psa is not None:
            field_dict["isPSA"] = self.is_psa

        if self.is_detached_contact is not None:
            field_dict["isDetachedContact"] = self.is_detached_contact

        if self.is_contact is not None:
            field_dict["isContact"] = self.is_contact

        if self.is_wa_contact is not None:
            field_dict["isWAContact"] = self.is_wa_contact

        if self.plaintext_disabled is not None:
            field_dict["plaintextDisabled"] = self.plaintext_disabled

        if self.is_business is not None:
            field_dict["isBusiness"] = self.is_business

        if self.is_enterprise is not None:
            field_dict["isEnterprise"] = self.is_enterprise

        if self.is_contact_blocked is not None:
            field_dict["isContactBlocked"] = self.is_contact_blocked

        if self.show_business_checkmark is not None:
            field_dict["showBusinessCheckmark"] = self.show_business_checkmark

        if self.status_mute is not None:
            field_dict["statusMute"] = self.status_mute

        if self.is_verified is not None:
            field_dict["isVerified"] = self.is_verified

        if self.verified_name is not None:
            field_dict["verifiedName"] = self.verified_name

        if self.is_phone_hidden is not None:
            field_dict["isPhoneHidden"] = self.is_phone_hidden

        if self.source is not None:
            field_dict["source"] = self.source

        if self.is_import is not None:
            field_dict["isImport"] = self.is_import

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_psa = d.pop("isPSA", UNSET)

        is_detached_contact = d.pop("isDetachedContact", UNSET)

        is_contact = d.pop("isContact", UNSET)

        is_wa_contact = d.pop("isWAContact", UNSET)

        plaintext_disabled = d.pop("plaintextDisabled", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        is_enterprise = d.pop("isEnterprise", UNSET)

        is_contact_blocked = d.pop("isContactBlocked", UNSET)

        show_business_checkmark = d.pop("showBusinessCheckmark", UNSET)

        status_mute = d.pop("statusMute", UNSET)

        is_verified = d.pop("isVerified", UNSET)

        verified_name = d.pop("verifiedName", UNSET)

        is_phone_hidden = d.pop("isPhoneHidden", UNSET)

        source = d.pop("source", UNSET)

        is_import = d.pop("isImport", UNSET)

        contact_meta = cls(
            is_psa=None if isinstance(is_psa, Unset) else is_psa,
            is_detached_contact=None if isinstance(is_detached_contact, Unset) else is_detached_contact,
            is_contact=None if isinstance(is_contact, Unset) else is_contact,
            is_wa_contact=None if isinstance(is_wa_contact, Unset) else is_wa_contact,
            plaintext_disabled=None if isinstance(plaintext_disabled, Unset) else plaintext_disabled,
            is_business=None if isinstance(is_business, Unset) else is_business,
            is_enterprise=None if isinstance(is_enterprise, Unset) else is_enterprise,
            is_contact_blocked=None if isinstance(is_contact_blocked, Unset) else is_contact_blocked,
            show_business_checkmark=None if isinstance(show_business_checkmark, Unset) else show_business_checkmark,
            status_mute=None if isinstance(status_mute, Unset) else status_mute,
            is_verified=None if isinstance(is_verified, Unset) else is_verified,
            verified_name=None if isinstance(verified_name, Unset) else verified_name,
            is_phone_hidden=None if isinstance(is_phone_hidden, Unset) else is_phone_hidden,
            source=None if isinstance(source, Unset) else source,
            is_import=None if isinstance(is_import, Unset) else is_import,
        )

        contact_meta.additional_properties = d
        return contact_meta

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
