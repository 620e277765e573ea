from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validate_numbers_body_country import ValidateNumbersBodyCountry
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ValidateNumbersBody")


@_attrs_define
class ValidateNumbersBody:
    """
    Attributes:
        country (ValidateNumbersBodyCountry | None): Country.
        numbers (list[ValidateNumbersBodyNumbersItem] | None)
    """

    country: ValidateNumbersBodyCountry | None = None
    numbers: list[ValidateNumbersBodyNumbersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _country_value = UNSET if self.country is None else self.country
        country: str | Unset = UNSET
        if not isinstance(_country_value, Unset):
            country = _country_value.value

        if country is not UNSET:
            field_dict["country"] = country

        _numbers_value = UNSET if self.numbers is None else self.numbers
        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_numbers_value, Unset):
            numbers = []
            for numbers_item_data in _numbers_value:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _country = d.get("country", UNSET)
            country: ValidateNumbersBodyCountry | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = ValidateNumbersBodyCountry(_country)

        except LENIENT:
            country = UNSET
        else:
            d.pop("country", None)

        try:
            _numbers = d.get("numbers", UNSET)
            numbers: list[ValidateNumbersBodyNumbersItem] | Unset = UNSET
            if _numbers is not UNSET:
                numbers = []
                for numbers_item_data in _numbers:
                    numbers_item = ValidateNumbersBodyNumbersItem.from_dict(numbers_item_data)

                    numbers.append(numbers_item)

        except LENIENT:
            numbers = UNSET
        else:
            d.pop("numbers", None)

        validate_numbers_body = cls(
            country=None if isinstance(country, Unset) else country,
            numbers=None if isinstance(numbers, Unset) else numbers,
        )

        validate_numbers_body.additional_properties = d
        return validate_numbers_body

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


from ..models.validate_numbers_body_numbers_item import ValidateNumbersBodyNumbersItem  # noqa: E402
