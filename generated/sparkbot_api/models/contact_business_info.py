from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ContactBusinessInfo(ApiModel):
    """WhatsApp Business profile of the contact.

    Attributes:
        address (str | None)
        description (str | None)
        email (str | None)
        latitude (float | None)
        longitude (float | None)
        profile_path (str | None)
    """

    address: str | None = None
    description: str | None = None
    email: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    profile_path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ContactBusinessInfo._api_fields = {
    "address": ("address", None),
    "description": ("description", None),
    "email": ("email", None),
    "latitude": ("latitude", None),
    "longitude": ("longitude", None),
    "profilePath": ("profile_path", None),
}
