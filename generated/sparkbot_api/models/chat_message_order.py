from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each, nullable


@_attrs_define
class ChatMessageOrder(ApiModel):
    """
    Attributes:
        id (str | None)
        date (datetime.datetime | None)
        price (float | None)
        currency (str | None)
        items (int | None)
        seller (str | None)
        subtotal (float | None)
        total (float | None)
        tax (float | None)
        thumbnail (str | None)
        products (list[ChatMessageOrderProductsItem] | None)
    """

    id: str | None = None
    date: datetime.datetime | None = None
    price: float | None = None
    currency: str | None = None
    items: int | None = None
    seller: str | None = None
    subtotal: float | None = None
    total: float | None = None
    tax: float | None = None
    thumbnail: str | None = None
    products: list[ChatMessageOrderProductsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_message_order_products_item import ChatMessageOrderProductsItem  # noqa: E402

ChatMessageOrder._api_fields = {
    "id": ("id", None),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "price": ("price", None),
    "currency": ("currency", None),
    "items": ("items", None),
    "seller": ("seller", None),
    "subtotal": ("subtotal", None),
    "total": ("total", None),
    "tax": ("tax", None),
    "thumbnail": ("thumbnail", None),
    "products": ("products", each(ChatMessageOrderProductsItem.from_dict)),
}
