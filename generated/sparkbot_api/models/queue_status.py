from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_status_status import QueueStatusStatus
from ..types import ApiModel, compact_repr, member


@_attrs_define
class QueueStatus(ApiModel):
    """Outbound queue status and counters (shape inferred, not documented).

    Attributes:
        device (str | None)
        status (QueueStatusStatus | None)
        status_updated_at (datetime.datetime | None)
        total (int | None)
        pending (int | None)
        queued (int | None)
        processing (int | None)
        scheduled (int | None)
        failed (int | None)
        messages (int | None)
    """

    device: str | None = None
    status: QueueStatusStatus | None = None
    status_updated_at: datetime.datetime | None = None
    total: int | None = None
    pending: int | None = None
    queued: int | None = None
    processing: int | None = None
    scheduled: int | None = None
    failed: int | None = None
    messages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


QueueStatus._api_fields = {
    "device": ("device", None),
    "status": ("status", member(QueueStatusStatus)),
    "statusUpdatedAt": ("status_updated_at", datetime.datetime.fromisoformat),
    "total": ("total", None),
    "pending": ("pending", None),
    "queued": ("queued", None),
    "processing": ("processing", None),
    "scheduled": ("scheduled", None),
    "failed": ("failed", None),
    "messages": ("messages", None),
}
