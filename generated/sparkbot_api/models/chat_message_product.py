from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageProduct(ApiModel):
    """
    Attributes:
        id (str | None)
        seller (str | None)
        name (str | None)
        description (str | None)
        price (float | None)
        url (str | None)
        retailer_id (str | None)
        currency (str | None)
        availability (str | None)
        max_available (int | None)
        thumbnail (str | None)
    """

    id: str | None = None
    seller: str | None = None
    name: str | None = None
    description: str | None = None
    price: float | None = None
    url: str | None = None
    retailer_id: str | None = None
    currency: str | None = None
    availability: str | None = None
    max_available: int | None = None
    thumbnail: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageProduct._api_fields = {
    "id": ("id", None),
    "seller": ("seller", None),
    "name": ("name", None),
    "description": ("description", None),
    "price": ("price", None),
    "url": ("url", None),
    "retailerId": ("retailer_id", None),
    "currency": ("currency", None),
    "availability": ("availability", None),
    "maxAvailable": ("max_available", None),
    "thumbnail": ("thumbnail", None),
}
