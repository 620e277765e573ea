from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageOrderProductsItem")


@_attrs_define
class ChatMessageOrderProductsItem:
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

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _quantity_value = UNSET if self.quantity is None else self.quantity
        quantity = _quantity_value
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        _price_value = UNSET if self.price is None else self.price
        price = _price_value
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        chat_message_order_products_item = cls(
            id=None if isinstance(id, Unset) else id,
            name=None if isinstance(name, Unset) else name,
            quantity=None if isinstance(quantity, Unset) else quantity,
            price=None if isinstance(price, Unset) else price,
        )

        chat_message_order_products_item.additional_properties = d
        return chat_message_order_products_item

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
