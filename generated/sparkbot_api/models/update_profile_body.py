from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class UpdateProfileBody(ApiModel):
    """
    Attributes:
        name (str | None): Profile Name.
        status (str | None): Profile Status.
        business_profile (UpdateProfileBodyBusinessProfile | None)
    """

    name: str | None = None
    status: str | None = None
    business_profile: UpdateProfileBodyBusinessProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.update_profile_body_business_profile import UpdateProfileBodyBusinessProfile  # noqa: E402

UpdateProfileBody._api_fields = {
    "name": ("name", None),
    "status": ("status", None),
    "businessProfile": ("business_profile", UpdateProfileBodyBusinessProfile.from_dict),
}
