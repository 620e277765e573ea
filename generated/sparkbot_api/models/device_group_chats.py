from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceGroupChats(ApiModel):
    """
    Attributes:
        last_sync_at (datetime.datetime | None): Last group chats synchronization date.
        count (int | None)
    """

    last_sync_at: datetime.datetime | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceGroupChats._api_fields = {
    "lastSyncAt": ("last_sync_at", nullable(datetime.datetime.fromisoformat)),
    "count": ("count", None),
}
