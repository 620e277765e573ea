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
        _phone_value = UNSET if self.phone is None else self.phone
        phone = _phone_value
        if phone is not UNSET:
            field_dict["phone"] = phone

        _wid_value = UNSET if self.wid is None else self.wid
        wid = _wid_value
        if wid is not UNSET:
            field_dict["wid"] = wid

        _exists_value = UNSET if self.exists is None else self.exists
        exists = _exists_value
        if exists is not UNSET:
            field_dict["exists"] = exists

        _is_business_value = UNSET if self.is_business is None else self.is_business
        is_business = _is_business_value
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business

        _link_value = UNSET if self.link is None else self.link
        link = _link_value
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
