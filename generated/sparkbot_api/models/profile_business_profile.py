from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ProfileBusinessProfile(ApiModel):
    """
    Attributes:
        address (str | None)
        description (str | None)
        email (str | None)
        websites (list[str] | None)
        categories (list[Any] | None)
        business_hours (ProfileBusinessProfileBusinessHours | None): Business hours (free-form).
    """

    address: str | None = None
    description: str | None = None
    email: str | None = None
    websites: list[str] | None = None
    categories: list[Any] | None = None
    business_hours: ProfileBusinessProfileBusinessHours | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.profile_business_profile_business_hours import ProfileBusinessProfileBusinessHours  # noqa: E402

ProfileBusinessProfile._api_fields = {
    "address": ("address", None),
    "description": ("description", None),
    "email": ("email", None),
    "websites": ("websites", None),
    "categories": ("categories", None),
    "businessHours": ("business_hours", ProfileBusinessProfileBusinessHours.from_dict),
}
