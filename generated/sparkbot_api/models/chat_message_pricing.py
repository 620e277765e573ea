from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessagePricing(ApiModel):
    """
    Attributes:
        billable (bool | None)
        model (str | None)
        kind (str | None)
        category (str | None)
    """

    billable: bool | None = None
    model: str | None = None
    kind: str | None = None
    category: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessagePricing._api_fields = {
    "billable": ("billable", None),
    "model": ("model", None),
    "kind": ("kind", None),
    "category": ("category", None),
}
