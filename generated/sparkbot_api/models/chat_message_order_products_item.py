from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageOrderProductsItem(ApiModel):
    """
    Attributes:
        id (str | None)
        name (str | None)
        quantity (int | None)
        price (float | None)
    """

    id: str | None = None
    name: str | None = None
    quantity: int | None = None
    price: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageOrderProductsItem._api_fields = {
    "id": ("id", None),
    "name": ("name", None),
    "quantity": ("quantity", None),
    "price": ("price", None),
}
