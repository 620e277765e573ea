from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ContactMeta(ApiModel):
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


ContactMeta._api_fields = {
    "isPSA": ("is_psa", None),
    "isDetachedContact": ("is_detached_contact", None),
    "isContact": ("is_contact", None),
    "isWAContact": ("is_wa_contact", None),
    "plaintextDisabled": ("plaintext_disabled", None),
    "isBusiness": ("is_business", None),
    "isEnterprise": ("is_enterprise", None),
    "isContactBlocked": ("is_contact_blocked", None),
    "showBusinessCheckmark": ("show_business_checkmark", None),
    "statusMute": ("status_mute", None),
    "isVerified": ("is_verified", None),
    "verifiedName": ("verified_name", None),
    "isPhoneHidden": ("is_phone_hidden", None),
    "source": ("source", None),
    "isImport": ("is_import", None),
}
