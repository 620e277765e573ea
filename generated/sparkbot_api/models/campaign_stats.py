from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class CampaignStats(ApiModel):
    """
    Attributes:
        total (int | None)
        processed (int | None)
        delivered (int | None)
        read (int | None)
        failed (int | None)
        excluded (int | None)
        invalid (int | None)
    """

    total: int | None = None
    processed: int | None = None
    delivered: int | None = None
    read: int | None = None
    failed: int | None = None
    excluded: int | None = None
    invalid: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CampaignStats._api_fields = {
    "total": ("total", None),
    "processed": ("processed", None),
    "delivered": ("delivered", None),
    "read": ("read", None),
    "failed": ("failed", None),
    "excluded": ("excluded", None),
    "invalid": ("invalid", None),
}
