from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceProfile(ApiModel):
    """WhatsApp profile summary.

    Attributes:
        name (str | None)
        info (None | str | None)
        status (str | None)
        last_sync_at (datetime.datetime | None)
    """

    name: str | None = None
    info: None | str | None = None
    status: str | None = None
    last_sync_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceProfile._api_fields = {
    "name": ("name", None),
    "info": ("info", None),
    "status": ("status", None),
    "lastSyncAt": ("last_sync_at", nullable(datetime.datetime.fromisoformat)),
}
