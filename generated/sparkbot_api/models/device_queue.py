from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceQueue(ApiModel):
    """Outbound message queue summary.

    Attributes:
        status (str | None): Queue processing status.
        status_updated_at (datetime.datetime | None)
        messages (int | None)
        scheduled (int | None)
    """

    status: str | None = None
    status_updated_at: datetime.datetime | None = None
    messages: int | None = None
    scheduled: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceQueue._api_fields = {
    "status": ("status", None),
    "statusUpdatedAt": ("status_updated_at", nullable(datetime.datetime.fromisoformat)),
    "messages": ("messages", None),
    "scheduled": ("scheduled", None),
}
