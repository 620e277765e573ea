from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageProduct")


@_attrs_define
class ChatMessageProduct:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.seller is not None:
            field_dict["seller"] = self.seller

        if self.name is not None:
            field_dict["name"] = self.name

        if self.description is not None:
            field_dict["description"] = self.description

        if self.price is not None:
            field_dict["price"] = self.price

        if self.url is not None:
            field_dict["url"] = self.url

        if self.retailer_id is not None:
            field_dict["retailerId"] = self.retailer_id

        if self.currency is not None:
            field_dict["currency"] = self.currency

        if self.availability is not None:
            field_dict["availability"] = self.availability

        if self.max_available is not None:
            field_dict["maxAvailable"] = self.max_available

        if self.thumbnail is not None:
            field_dict["thumbnail"] = self.thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        seller = d.pop("seller", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        price = d.pop("price", UNSET)

        url = d.pop("url", UNSET)

        retailer_id = d.pop("retailerId", UNSET)

        currency = d.pop("currency", UNSET)

        availability = d.pop("availability", UNSET)

        max_available = d.pop("maxAvailable", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        chat_message_product = cls(
            id=None if isinstance(id, Unset) else id,
            seller=None if isinstance(seller, Unset) else seller,
            name=None if isinstance(name, Unset) else name,
            description=None if isinstance(description, Unset) else description,
            price=None if isinstance(price, Unset) else price,
            url=None if isinstance(url, Unset) else url,
            retailer_id=None if isinstance(retailer_id, Unset) else retailer_id,
            currency=None if isinstance(currency, Unset) else currency,
            availability=None if isinstance(availability, Unset) else availability,
            max_available=None if isinstance(max_available, Unset) else max_available,
            thumbnail=None if isinstance(thumbnail, Unset) else thumbnail,
        )

        chat_message_product.additional_properties = d
        return chat_message_product

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
