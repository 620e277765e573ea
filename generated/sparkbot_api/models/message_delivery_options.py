from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageDeliveryOptions(ApiModel):
    """
    Attributes:
        preview_url (bool | None)
    """

    preview_url: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageDeliveryOptions._api_fields = {
    "previewUrl": ("preview_url", None),
}
