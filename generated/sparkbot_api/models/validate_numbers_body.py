from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ValidateNumbersBody")


@_attrs_define
class ValidateNumbersBody:
    """
    Attributes:
        country (str | None): ISO 3166 alpha-2 country of numbers without a prefix (e.g. ES, MX, BR).
        numbers (list[ValidateNumbersBodyNumbersItem] | None)
        prefix (int | str | None): International dialling prefix to apply, e.g. 55.
    """

    country: str | None = None
    numbers: list[ValidateNumbersBodyNumbersItem] | None = None
    prefix: int | str | None = None
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

        _prefix_value = UNSET if self.prefix is None else self.prefix
        prefix: int | str | Unset
        if isinstance(_prefix_value, Unset):
            prefix = UNSET
        else:
            prefix = _prefix_value
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

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

        try:

            def _parse_prefix(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            prefix = _parse_prefix(d.get("prefix", UNSET))

        except LENIENT:
            prefix = UNSET
        else:
            d.pop("prefix", None)

        validate_numbers_body = cls(
            country=None if isinstance(country, Unset) else country,
            numbers=None if isinstance(numbers, Unset) else numbers,
            prefix=None if isinstance(prefix, Unset) else prefix,
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
