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
        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        _seller_value = UNSET if self.seller is None else self.seller
        seller = _seller_value
        if seller is not UNSET:
            field_dict["seller"] = seller

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _price_value = UNSET if self.price is None else self.price
        price = _price_value
        if price is not UNSET:
            field_dict["price"] = price

        _url_value = UNSET if self.url is None else self.url
        url = _url_value
        if url is not UNSET:
            field_dict["url"] = url

        _retailer_id_value = UNSET if self.retailer_id is None else self.retailer_id
        retailer_id = _retailer_id_value
        if retailer_id is not UNSET:
            field_dict["retailerId"] = retailer_id

        _currency_value = UNSET if self.currency is None else self.currency
        currency = _currency_value
        if currency is not UNSET:
            field_dict["currency"] = currency

        _availability_value = UNSET if self.availability is None else self.availability
        availability = _availability_value
        if availability is not UNSET:
            field_dict["availability"] = availability

        _max_available_value = UNSET if self.max_available is None else self.max_available
        max_available = _max_available_value
        if max_available is not UNSET:
            field_dict["maxAvailable"] = max_available

        _thumbnail_value = UNSET if self.thumbnail is None else self.thumbnail
        thumbnail = _thumbnail_value
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

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
