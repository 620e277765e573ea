from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceAgentsItem(ApiModel):
    """
    Attributes:
        user (str | None): Agent user ID.
        created_at (datetime.datetime | None): Agent addition date to the device.
    """

    user: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceAgentsItem._api_fields = {
    "user": ("user", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
}
