from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="QrCode")


@_attrs_define
class QrCode:
    """A QR code to pair the number, when an encoding other than svg or image is asked for.

    Attributes:
        data (str | None)
        encoding (str | None)
        expires_at (datetime.datetime | None)
    """

    data: str | None = None
    encoding: str | None = None
    expires_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.data is not None:
            field_dict["data"] = self.data

        if self.encoding is not None:
            field_dict["encoding"] = self.encoding

        _expires_at_value = UNSET if self.expires_at is None else self.expires_at
        expires_at: str | Unset = UNSET
        if not isinstance(_expires_at_value, Unset):
            expires_at = api_datetime(_expires_at_value)
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        encoding = d.pop("encoding", UNSET)

        try:
            _expires_at = d.get("expiresAt", UNSET)
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

        except LENIENT:
            expires_at = UNSET
        else:
            d.pop("expiresAt", None)

        qr_code = cls(
            data=None if isinstance(data, Unset) else data,
            encoding=None if isinstance(encoding, Unset) else encoding,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
        )

        qr_code.additional_properties = d
        return qr_code

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
