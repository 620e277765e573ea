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
        is_psa (bool | Unset):
        is_detached_contact (bool | Unset):
        is_contact (bool | Unset):
        is_wa_contact (bool | Unset):
        plaintext_disabled (bool | Unset):
        is_business (bool | Unset):
        is_enterprise (bool | Unset):
        is_contact_blocked (bool | Unset):
        show_business_checkmark (bool | Unset):
        status_mute (bool | Unset):
        is_verified (bool | Unset):
        verified_name (str | Unset):
        is_phone_hidden (bool | Unset):
        source (str | Unset):
        is_import (bool | Unset):
    """

    is_psa: bool | Unset = UNSET
    is_detached_contact: bool | Unset = UNSET
    is_contact: bool | Unset = UNSET
    is_wa_contact: bool | Unset = UNSET
    plaintext_disabled: bool | Unset = UNSET
    is_business: bool | Unset = UNSET
    is_enterprise: bool | Unset = UNSET
    is_contact_blocked: bool | Unset = UNSET
    show_business_checkmark: bool | Unset = UNSET
    status_mute: bool | Unset = UNSET
    is_verified: bool | Unset = UNSET
    verified_name: str | Unset = UNSET
    is_phone_hidden: bool | Unset = UNSET
    source: str | Unset = UNSET
    is_import: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        is_psa = self.is_psa

        is_detached_contact = self.is_detached_contact

        is_contact = self.is_contact

        is_wa_contact = self.is_wa_contact

        plaintext_disabled = self.plaintext_disabled

        is_business = self.is_business

        is_enterprise = self.is_enterprise

        is_contact_blocked = self.is_contact_blocked

        show_business_checkmark = self.show_business_checkmark

        status_mute = self.status_mute

        is_verified = self.is_verified

        verified_name = self.verified_name

        is_phone_hidden = self.is_phone_hidden

        source = self.source

        is_import = self.is_import

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_psa is not UNSET:
            field_dict["isPSA"] = is_psa
        if is_detached_contact is not UNSET:
            field_dict["isDetachedContact"] = is_detached_contact
        if is_contact is not UNSET:
            field_dict["isContact"] = is_contact
        if is_wa_contact is not UNSET:
            field_dict["isWAContact"] = is_wa_contact
        if plaintext_disabled is not UNSET:
            field_dict["plaintextDisabled"] = plaintext_disabled
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business
        if is_enterprise is not UNSET:
            field_dict["isEnterprise"] = is_enterprise
        if is_contact_blocked is not UNSET:
            field_dict["isContactBlocked"] = is_contact_blocked
        if show_business_checkmark is not UNSET:
            field_dict["showBusinessCheckmark"] = show_business_checkmark
        if status_mute is not UNSET:
            field_dict["statusMute"] = status_mute
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified
        if verified_name is not UNSET:
            field_dict["verifiedName"] = verified_name
        if is_phone_hidden is not UNSET:
            field_dict["isPhoneHidden"] = is_phone_hidden
        if source is not UNSET:
            field_dict["source"] = source
        if is_import is not UNSET:
            field_dict["isImport"] = is_import

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
            is_psa=is_psa,
            is_detached_contact=is_detached_contact,
            is_contact=is_contact,
            is_wa_contact=is_wa_contact,
            plaintext_disabled=plaintext_disabled,
            is_business=is_business,
            is_enterprise=is_enterprise,
            is_contact_blocked=is_contact_blocked,
            show_business_checkmark=show_business_checkmark,
            status_mute=status_mute,
            is_verified=is_verified,
            verified_name=verified_name,
            is_phone_hidden=is_phone_hidden,
            source=source,
            is_import=is_import,
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
