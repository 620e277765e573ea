from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """Generic answer for actions whose response shape is not documented.

    Attributes:
        message (str | None)
        status (int | str | None)
        id (str | None)
    """

    message: str | None = None
    status: int | str | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _status_value = UNSET if self.status is None else self.status
        status: int | str | Unset
        if isinstance(_status_value, Unset):
            status = UNSET
        else:
            status = _status_value
        if status is not UNSET:
            field_dict["status"] = status

        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        try:

            def _parse_status(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            status = _parse_status(d.get("status", UNSET))

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        id = d.pop("id", UNSET)

        result = cls(
            message=None if isinstance(message, Unset) else message,
            status=None if isinstance(status, Unset) else status,
            id=None if isinstance(id, Unset) else id,
        )

        result.additional_properties = d
        return result

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
