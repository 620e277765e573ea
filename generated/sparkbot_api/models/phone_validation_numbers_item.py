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
        phone (str | Unset):
        valid (bool | Unset):
        international (str | Unset):
        national (str | Unset):
        country_code (str | Unset):
        kind (str | Unset):
    """

    phone: str | Unset = UNSET
    valid: bool | Unset = UNSET
    international: str | Unset = UNSET
    national: str | Unset = UNSET
    country_code: str | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        valid = self.valid

        international = self.international

        national = self.national

        country_code = self.country_code

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if valid is not UNSET:
            field_dict["valid"] = valid
        if international is not UNSET:
            field_dict["international"] = international
        if national is not UNSET:
            field_dict["national"] = national
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
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
            phone=phone,
            valid=valid,
            international=international,
            national=national,
            country_code=country_code,
            kind=kind,
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
