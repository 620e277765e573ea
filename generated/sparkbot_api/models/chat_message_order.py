from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

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
        if self.id is not None:
            field_dict["id"] = self.id

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        if self.price is not None:
            field_dict["price"] = self.price

        if self.currency is not None:
            field_dict["currency"] = self.currency

        if self.items is not None:
            field_dict["items"] = self.items

        if self.seller is not None:
            field_dict["seller"] = self.seller

        if self.subtotal is not None:
            field_dict["subtotal"] = self.subtotal

        if self.total is not None:
            field_dict["total"] = self.total

        if self.tax is not None:
            field_dict["tax"] = self.tax

        if self.thumbnail is not None:
            field_dict["thumbnail"] = self.thumbnail

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
