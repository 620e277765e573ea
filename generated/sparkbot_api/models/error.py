from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_status import ErrorStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error response body.

    Attributes:
        status (ErrorStatus | Unset): HTTP status code.
        message (str | Unset): Error message.
        error_code (str | Unset): Error code, e.g. `error:generic`.
        errors (list[ErrorErrorsItem] | Unset): Validation errors.
        meta (ErrorMeta | Unset): Optional error metadata key-value pairs.
        error (str | Unset): Error name or code (read by the n8n node).
        code (str | Unset): Error code (read by the n8n node).
    """

    status: ErrorStatus | Unset = UNSET
    message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    errors: list[ErrorErrorsItem] | Unset = UNSET
    meta: ErrorMeta | Unset = UNSET
    error: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        error_code = self.error_code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        error = self.error

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if errors is not UNSET:
            field_dict["errors"] = errors
        if meta is not UNSET:
            field_dict["meta"] = meta
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ErrorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ErrorStatus(_status)

        message = d.pop("message", UNSET)

        error_code = d.pop("errorCode", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorErrorsItem.from_dict(errors_item_data)

                errors.append(errors_item)

        _meta = d.pop("meta", UNSET)
        meta: ErrorMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ErrorMeta.from_dict(_meta)

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        error = cls(
            status=status,
            message=message,
            error_code=error_code,
            errors=errors,
            meta=meta,
            error=error,
            code=code,
        )

        error.additional_properties = d
        return error

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


from ..models.error_errors_item import ErrorErrorsItem  # noqa: E402
from ..models.error_meta import ErrorMeta  # noqa: E402
