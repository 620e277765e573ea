from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="PhoneValidation")


@_attrs_define
class PhoneValidation:
    """Result of POST /numbers/validate (shape inferred, not documented).

    Attributes:
        country (str | None)
        numbers (list[PhoneValidationNumbersItem] | None)
    """

    country: str | None = None
    numbers: list[PhoneValidationNumbersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _country_value = UNSET if self.country is None else self.country
        country = _country_value
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
        country = d.pop("country", UNSET)

        try:
            _numbers = d.get("numbers", UNSET)
            numbers: list[PhoneValidationNumbersItem] | Unset = UNSET
            if _numbers is not UNSET:
                numbers = []
                for numbers_item_data in _numbers:
                    numbers_item = PhoneValidationNumbersItem.from_dict(numbers_item_data)

                    numbers.append(numbers_item)

        except LENIENT:
            numbers = UNSET
        else:
            d.pop("numbers", None)

        phone_validation = cls(
            country=None if isinstance(country, Unset) else country,
            numbers=None if isinstance(numbers, Unset) else numbers,
        )

        phone_validation.additional_properties = d
        return phone_validation

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


from ..models.phone_validation_numbers_item import PhoneValidationNumbersItem  # noqa: E402
