from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PhoneExists")


@_attrs_define
class PhoneExists:
    """Result of POST /numbers/exists (shape inferred, not documented).

    Attributes:
        phone (str | Unset):
        wid (str | Unset):
        exists (bool | Unset):
        is_business (bool | Unset):
        link (str | Unset):
    """

    phone: str | Unset = UNSET
    wid: str | Unset = UNSET
    exists: bool | Unset = UNSET
    is_business: bool | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        wid = self.wid

        exists = self.exists

        is_business = self.is_business

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if wid is not UNSET:
            field_dict["wid"] = wid
        if exists is not UNSET:
            field_dict["exists"] = exists
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        wid = d.pop("wid", UNSET)

        exists = d.pop("exists", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        link = d.pop("link", UNSET)

        phone_exists = cls(
            phone=phone,
            wid=wid,
            exists=exists,
            is_business=is_business,
            link=link,
        )

        phone_exists.additional_properties = d
        return phone_exists

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
