from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageOrder")


@_attrs_define
class ChatMessageOrder:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = _date_value.isoformat()
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        _price_value = UNSET if self.price is None else self.price
        price = _price_value
        if price is not UNSET:
            field_dict["price"] = price

        _currency_value = UNSET if self.currency is None else self.currency
        currency = _currency_value
        if currency is not UNSET:
            field_dict["currency"] = currency

        _items_value = UNSET if self.items is None else self.items
        items = _items_value
        if items is not UNSET:
            field_dict["items"] = items

        _seller_value = UNSET if self.seller is None else self.seller
        seller = _seller_value
        if seller is not UNSET:
            field_dict["seller"] = seller

        _subtotal_value = UNSET if self.subtotal is None else self.subtotal
        subtotal = _subtotal_value
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal

        _total_value = UNSET if self.total is None else self.total
        total = _total_value
        if total is not UNSET:
            field_dict["total"] = total

        _tax_value = UNSET if self.tax is None else self.tax
        tax = _tax_value
        if tax is not UNSET:
            field_dict["tax"] = tax

        _thumbnail_value = UNSET if self.thumbnail is None else self.thumbnail
        thumbnail = _thumbnail_value
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        _products_value = UNSET if self.products is None else self.products
        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_products_value, Unset):
            products = []
            for products_item_data in _products_value:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        price = d.pop("price", UNSET)

        currency = d.pop("currency", UNSET)

        items = d.pop("items", UNSET)

        seller = d.pop("seller", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        total = d.pop("total", UNSET)

        tax = d.pop("tax", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        try:
            _products = d.get("products", UNSET)
            products: list[ChatMessageOrderProductsItem] | Unset = UNSET
            if _products is not UNSET:
                products = []
                for products_item_data in _products:
                    products_item = ChatMessageOrderProductsItem.from_dict(products_item_data)

                    products.append(products_item)

        except LENIENT:
            products = UNSET
        else:
            d.pop("products", None)

        chat_message_order = cls(
            id=None if isinstance(id, Unset) else id,
            date=None if isinstance(date, Unset) else date,
            price=None if isinstance(price, Unset) else price,
            currency=None if isinstance(currency, Unset) else currency,
            items=None if isinstance(items, Unset) else items,
            seller=None if isinstance(seller, Unset) else seller,
            subtotal=None if isinstance(subtotal, Unset) else subtotal,
            total=None if isinstance(total, Unset) else total,
            tax=None if isinstance(tax, Unset) else tax,
            thumbnail=None if isinstance(thumbnail, Unset) else thumbnail,
            products=None if isinstance(products, Unset) else products,
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
