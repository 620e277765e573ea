from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_status import ErrorStatus
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class Error(ApiModel):
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


from ..models.error_errors_item import ErrorErrorsItem  # noqa: E402
from ..models.error_meta import ErrorMeta  # noqa: E402

Error._api_fields = {
    "status": ("status", member(ErrorStatus)),
    "message": ("message", None),
    "errorCode": ("error_code", None),
    "errors": ("errors", each(ErrorErrorsItem.from_dict)),
    "meta": ("meta", ErrorMeta.from_dict),
    "error": ("error", None),
    "code": ("code", None),
}
