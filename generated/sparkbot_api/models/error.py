from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_status import ErrorStatus
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error response body.

    Attributes:
        status (ErrorStatus | None): HTTP status code.
        message (str | None): Error message.
        error_code (str | None): Error code, e.g. `error:generic` or `participant:not_found`.
        errors (list[ErrorErrorsItem] | None): Validation errors.
        meta (ErrorMeta | None): Optional error metadata key-value pairs.
        error (str | None): Error name or code (read by the n8n node).
        code (str | None): Error code (read by the n8n node).
    """

    status: ErrorStatus | None = None
    message: str | None = None
    error_code: str | None = None
    errors: list[ErrorErrorsItem] | None = None
    meta: ErrorMeta | None = None
    error: str | None = None
    code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _status_value = UNSET if self.status is None else self.status
        status: int | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _error_code_value = UNSET if self.error_code is None else self.error_code
        error_code = _error_code_value
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        _errors_value = UNSET if self.errors is None else self.errors
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_errors_value, Unset):
            errors = []
            for errors_item_data in _errors_value:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        if errors is not UNSET:
            field_dict["errors"] = errors

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        _error_value = UNSET if self.error is None else self.error
        error = _error_value
        if error is not UNSET:
            field_dict["error"] = error

        _code_value = UNSET if self.code is None else self.code
        code = _code_value
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _status = d.get("status", UNSET)
            status: ErrorStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ErrorStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        message = d.pop("message", UNSET)

        error_code = d.pop("errorCode", UNSET)

        try:
            _errors = d.get("errors", UNSET)
            errors: list[ErrorErrorsItem] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = ErrorErrorsItem.from_dict(errors_item_data)

                    errors.append(errors_item)

        except LENIENT:
            errors = UNSET
        else:
            d.pop("errors", None)

        try:
            _meta = d.get("meta", UNSET)
            meta: ErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ErrorMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        error = d.pop("error", UNSET)

        code = d.pop("code", UNSET)

        error = cls(
            status=None if isinstance(status, Unset) else status,
            message=None if isinstance(message, Unset) else message,
            error_code=None if isinstance(error_code, Unset) else error_code,
            errors=None if isinstance(errors, Unset) else errors,
            meta=None if isinstance(meta, Unset) else meta,
            error=None if isinstance(error, Unset) else error,
            code=None if isinstance(code, Unset) else code,
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
