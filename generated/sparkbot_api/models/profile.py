from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class Profile(ApiModel):
    """WhatsApp profile of a number (shape inferred from device.profile and the update body).

    Attributes:
        name (str | None)
        status (str | None)
        info (str | None)
        is_business (bool | None)
        last_sync_at (datetime.datetime | None)
        image (ProfileImage | None): Profile image details (free-form).
        business_profile (ProfileBusinessProfile | None)
    """

    name: str | None = None
    status: str | None = None
    info: str | None = None
    is_business: bool | None = None
    last_sync_at: datetime.datetime | None = None
    image: ProfileImage | None = None
    business_profile: ProfileBusinessProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.profile_business_profile import ProfileBusinessProfile  # noqa: E402
from ..models.profile_image import ProfileImage  # noqa: E402

Profile._api_fields = {
    "name": ("name", None),
    "status": ("status", None),
    "info": ("info", None),
    "isBusiness": ("is_business", None),
    "lastSyncAt": ("last_sync_at", nullable(datetime.datetime.fromisoformat)),
    "image": ("image", ProfileImage.from_dict),
    "businessProfile": ("business_profile", ProfileBusinessProfile.from_dict),
}
