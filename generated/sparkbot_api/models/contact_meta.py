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
        _is_psa_value = UNSET if self.is_psa is None else self.is_psa
        is_psa = _is_psa_value
        if is_psa is not UNSET:
            field_dict["isPSA"] = is_psa

        _is_detached_contact_value = UNSET if self.is_detached_contact is None else self.is_detached_contact
        is_detached_contact = _is_detached_contact_value
        if is_detached_contact is not UNSET:
            field_dict["isDetachedContact"] = is_detached_contact

        _is_contact_value = UNSET if self.is_contact is None else self.is_contact
        is_contact = _is_contact_value
        if is_contact is not UNSET:
            field_dict["isContact"] = is_contact

        _is_wa_contact_value = UNSET if self.is_wa_contact is None else self.is_wa_contact
        is_wa_contact = _is_wa_contact_value
        if is_wa_contact is not UNSET:
            field_dict["isWAContact"] = is_wa_contact

        _plaintext_disabled_value = UNSET if self.plaintext_disabled is None else self.plaintext_disabled
        plaintext_disabled = _plaintext_disabled_value
        if plaintext_disabled is not UNSET:
            field_dict["plaintextDisabled"] = plaintext_disabled

        _is_business_value = UNSET if self.is_business is None else self.is_business
        is_business = _is_business_value
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business

        _is_enterprise_value = UNSET if self.is_enterprise is None else self.is_enterprise
        is_enterprise = _is_enterprise_value
        if is_enterprise is not UNSET:
            field_dict["isEnterprise"] = is_enterprise

        _is_contact_blocked_value = UNSET if self.is_contact_blocked is None else self.is_contact_blocked
        is_contact_blocked = _is_contact_blocked_value
        if is_contact_blocked is not UNSET:
            field_dict["isContactBlocked"] = is_contact_blocked

        _show_business_checkmark_value = UNSET if self.show_business_checkmark is None else self.show_business_checkmark
        show_business_checkmark = _show_business_checkmark_value
        if show_business_checkmark is not UNSET:
            field_dict["showBusinessCheckmark"] = show_business_checkmark

        _status_mute_value = UNSET if self.status_mute is None else self.status_mute
        status_mute = _status_mute_value
        if status_mute is not UNSET:
            field_dict["statusMute"] = status_mute

        _is_verified_value = UNSET if self.is_verified is None else self.is_verified
        is_verified = _is_verified_value
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified

        _verified_name_value = UNSET if self.verified_name is None else self.verified_name
        verified_name = _verified_name_value
        if verified_name is not UNSET:
            field_dict["verifiedName"] = verified_name

        _is_phone_hidden_value = UNSET if self.is_phone_hidden is None else self.is_phone_hidden
        is_phone_hidden = _is_phone_hidden_value
        if is_phone_hidden is not UNSET:
            field_dict["isPhoneHidden"] = is_phone_hidden

        _source_value = UNSET if self.source is None else self.source
        source = _source_value
        if source is not UNSET:
            field_dict["source"] = source

        _is_import_value = UNSET if self.is_import is None else self.is_import
        is_import = _is_import_value
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
