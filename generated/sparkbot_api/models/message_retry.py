from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class MessageRetry(ApiModel):
    """
    Attributes:
        max_ (int | None)
        delay (int | None)
        count (int | None)
        last_retry_at (datetime.datetime | None)
    """

    max_: int | None = None
    delay: int | None = None
    count: int | None = None
    last_retry_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageRetry._api_fields = {
    "max": ("max_", None),
    "delay": ("delay", None),
    "count": ("count", None),
    "lastRetryAt": ("last_retry_at", nullable(datetime.datetime.fromisoformat)),
}
