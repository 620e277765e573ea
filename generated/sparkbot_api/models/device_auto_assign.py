from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceAutoAssign(ApiModel):
    """Chat auto-assignment settings.

    Attributes:
        active (bool | None)
        updated_at (datetime.datetime | None)
        updated_by (str | None)
        online (bool | None)
        away (bool | None)
        unavailable (bool | None)
        offline (bool | None)
        reassign (bool | None)
    """

    active: bool | None = None
    updated_at: datetime.datetime | None = None
    updated_by: str | None = None
    online: bool | None = None
    away: bool | None = None
    unavailable: bool | None = None
    offline: bool | None = None
    reassign: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceAutoAssign._api_fields = {
    "active": ("active", None),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "updatedBy": ("updated_by", None),
    "online": ("online", None),
    "away": ("away", None),
    "unavailable": ("unavailable", None),
    "offline": ("offline", None),
    "reassign": ("reassign", None),
}
