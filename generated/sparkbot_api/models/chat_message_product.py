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
        id (str | Unset):
        seller (str | Unset):
        name (str | Unset):
        description (str | Unset):
        price (float | Unset):
        url (str | Unset):
        retailer_id (str | Unset):
        currency (str | Unset):
        availability (str | Unset):
        max_available (int | Unset):
        thumbnail (str | Unset):
    """

    id: str | Unset = UNSET
    seller: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    price: float | Unset = UNSET
    url: str | Unset = UNSET
    retailer_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    availability: str | Unset = UNSET
    max_available: int | Unset = UNSET
    thumbnail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seller = self.seller

        name = self.name

        description = self.description

        price = self.price

        url = self.url

        retailer_id = self.retailer_id

        currency = self.currency

        availability = self.availability

        max_available = self.max_available

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if seller is not UNSET:
            field_dict["seller"] = seller
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if url is not UNSET:
            field_dict["url"] = url
        if retailer_id is not UNSET:
            field_dict["retailerId"] = retailer_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if availability is not UNSET:
            field_dict["availability"] = availability
        if max_available is not UNSET:
            field_dict["maxAvailable"] = max_available
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
            id=id,
            seller=seller,
            name=name,
            description=description,
            price=price,
            url=url,
            retailer_id=retailer_id,
            currency=currency,
            availability=availability,
            max_available=max_available,
            thumbnail=thumbnail,
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
