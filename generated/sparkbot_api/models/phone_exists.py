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
        phone (str | None)
        wid (str | None)
        exists (bool | None)
        is_business (bool | None)
        link (str | None)
    """

    phone: str | None = None
    wid: str | None = None
    exists: bool | None = None
    is_business: bool | None = None
    link: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.phone is not None:
            field_dict["phone"] = self.phone

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.exists is not None:
            field_dict["exists"] = self.exists

        if self.is_business is not None:
            field_dict["isBusiness"] = self.is_business

        if self.link is not None:
            field_dict["link"] = self.link

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
            phone=None if isinstance(phone, Unset) else phone,
            wid=None if isinstance(wid, Unset) else wid,
            exists=None if isinstance(exists, Unset) else exists,
            is_business=None if isinstance(is_business, Unset) else is_business,
            link=None if isinstance(link, Unset) else link,
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
