from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class UpdateProfileBodyBusinessProfile(ApiModel):
    """
    Attributes:
        address (str | None): Business address.
        description (str | None): Business description.
        email (str | None): Business e-mail.
        websites (list[str] | None): Business websites.
        categories (list[str] | None): Business category ids.
        business_hours (UpdateProfileBodyBusinessProfileBusinessHours | None)
    """

    address: str | None = None
    description: str | None = None
    email: str | None = None
    websites: list[str] | None = None
    categories: list[str] | None = None
    business_hours: UpdateProfileBodyBusinessProfileBusinessHours | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.update_profile_body_business_profile_business_hours import UpdateProfileBodyBusinessProfileBusinessHours  # noqa: E402

UpdateProfileBodyBusinessProfile._api_fields = {
    "address": ("address", None),
    "description": ("description", None),
    "email": ("email", None),
    "websites": ("websites", None),
    "categories": ("categories", None),
    "businessHours": ("business_hours", UpdateProfileBodyBusinessProfileBusinessHours.from_dict),
}
