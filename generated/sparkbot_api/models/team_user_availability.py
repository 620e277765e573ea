from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class TeamUserAvailability(ApiModel):
    """
    Attributes:
        mode (str | None): Chat availability mode.
        message (str | None)
        updated_at (datetime.datetime | None)
    """

    mode: str | None = None
    message: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


TeamUserAvailability._api_fields = {
    "mode": ("mode", None),
    "message": ("message", None),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
}
