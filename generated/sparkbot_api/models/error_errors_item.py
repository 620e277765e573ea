from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ErrorErrorsItem(ApiModel):
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


ErrorErrorsItem._api_fields = {
    "code": ("code", None),
    "reason": ("reason", None),
    "message": ("message", None),
}
