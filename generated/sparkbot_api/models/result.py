from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class Result(ApiModel):
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


Result._api_fields = {
    "message": ("message", None),
    "status": ("status", None),
    "id": ("id", None),
}
