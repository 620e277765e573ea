from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PhoneValidationNumbersItem")


@_attrs_define
class PhoneValidationNumbersItem:
    """
    Attributes:
        phone (str | None)
        valid (bool | None)
        international (str | None)
        national (str | None)
        country_code (str | None)
        kind (str | None)
    """

    phone: str | None = None
    valid: bool | None = None
    international: str | None = None
    national: str | None = None
    country_code: str | None = None
    kind: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _phone_value = UNSET if self.phone is None else self.phone
        phone = _phone_value
        if phone is not UNSET:
            field_dict["phone"] = phone

        _valid_value = UNSET if self.valid is None else self.valid
        valid = _valid_value
        if valid is not UNSET:
            field_dict["valid"] = valid

        _international_value = UNSET if self.international is None else self.international
        international = _international_value
        if international is not UNSET:
            field_dict["international"] = international

        _national_value = UNSET if self.national is None else self.national
        national = _national_value
        if national is not UNSET:
            field_dict["national"] = national

        _country_code_value = UNSET if self.country_code is None else self.country_code
        country_code = _country_code_value
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        _kind_value = UNSET if self.kind is None else self.kind
        kind = _kind_value
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        valid = d.pop("valid", UNSET)

        international = d.pop("international", UNSET)

        national = d.pop("national", UNSET)

        country_code = d.pop("countryCode", UNSET)

        kind = d.pop("kind", UNSET)

        phone_validation_numbers_item = cls(
            phone=None if isinstance(phone, Unset) else phone,
            valid=None if isinstance(valid, Unset) else valid,
            international=None if isinstance(international, Unset) else international,
            national=None if isinstance(national, Unset) else national,
            country_code=None if isinstance(country_code, Unset) else country_code,
            kind=None if isinstance(kind, Unset) else kind,
        )

        phone_validation_numbers_item.additional_properties = d
        return phone_validation_numbers_item

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
