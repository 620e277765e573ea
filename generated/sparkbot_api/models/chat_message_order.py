from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageOrder")


@_attrs_define
class ChatMessageOrder:
    """
    Attributes:
        id (str | Unset):
        date (datetime.datetime | Unset):
        price (float | Unset):
        currency (str | Unset):
        items (int | Unset):
        seller (str | Unset):
        subtotal (float | Unset):
        total (float | Unset):
        tax (float | Unset):
        thumbnail (str | Unset):
        products (list[ChatMessageOrderProductsItem] | Unset):
    """

    id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    items: int | Unset = UNSET
    seller: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    total: float | Unset = UNSET
    tax: float | Unset = UNSET
    thumbnail: str | Unset = UNSET
    products: list[ChatMessageOrderProductsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        price = self.price

        currency = self.currency

        items = self.items

        seller = self.seller

        subtotal = self.subtotal

        total = self.total

        tax = self.tax

        thumbnail = self.thumbnail

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if items is not UNSET:
            field_dict["items"] = items
        if seller is not UNSET:
            field_dict["seller"] = seller
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if total is not UNSET:
            field_dict["total"] = total
        if tax is not UNSET:
            field_dict["tax"] = tax
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        items = d.pop("items", UNSET)

        seller = d.pop("seller", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        total = d.pop("total", UNSET)

        tax = d.pop("tax", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        _products = d.pop("products", UNSET)
        products: list[ChatMessageOrderProductsItem] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = ChatMessageOrderProductsItem.from_dict(products_item_data)

                products.append(products_item)

        chat_message_order = cls(
            id=id,
            date=date,
            price=price,
            currency=currency,
            items=items,
            seller=seller,
            subtotal=subtotal,
            total=total,
            tax=tax,
            thumbnail=thumbnail,
            products=products,
        )

        chat_message_order.additional_properties = d
        return chat_message_order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.chat_message_order_products_item import ChatMessageOrderProductsItem  # noqa: E402
