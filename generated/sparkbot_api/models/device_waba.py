from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class DeviceWaba(ApiModel):
    """WhatsApp Business API (cloud) number details.

    Attributes:
        id (str | None)
        display_phone_number (str | None)
        quality_rating (str | None)
        messaging_limit (str | None)
    """

    id: str | None = None
    display_phone_number: str | None = None
    quality_rating: str | None = None
    messaging_limit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceWaba._api_fields = {
    "id": ("id", None),
    "displayPhoneNumber": ("display_phone_number", None),
    "qualityRating": ("quality_rating", None),
    "messagingLimit": ("messaging_limit", None),
}
