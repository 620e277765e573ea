from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ErrorErrorsItem")


@_attrs_define
class ErrorErrorsItem:
    """
    Attributes:
        code (str | None): Optional error code identifier.
        reason (str | None): Reason of the validation error.
        message (str | None): Error detailed description.
    """

    code: str | None = None
    reason: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _code_value = UNSET if self.code is None else self.code
        code = _code_value
        if code is not UNSET:
            field_dict["code"] = code

        _reason_value = UNSET if self.reason is None else self.reason
        reason = _reason_value
        if reason is not UNSET:
            field_dict["reason"] = reason

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        reason = d.pop("reason", UNSET)

        message = d.pop("message", UNSET)

        error_errors_item = cls(
            code=None if isinstance(code, Unset) else code,
            reason=None if isinstance(reason, Unset) else reason,
            message=None if isinstance(message, Unset) else message,
        )

        error_errors_item.additional_properties = d
        return error_errors_item

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
