from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class QueryBusinessCatalogBody(ApiModel):
    """
    Attributes:
        phone (str): Business Phone Number.
        size (int | None): Products to Return. API default: 100.
    """

    phone: str
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


QueryBusinessCatalogBody._api_fields = {
    "phone": ("phone", None),
    "size": ("size", None),
}
