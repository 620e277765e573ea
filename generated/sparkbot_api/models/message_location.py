from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageLocation(ApiModel):
    """
    Attributes:
        request (bool | None)
        address (str | None)
        name (str | None)
    """

    request: bool | None = None
    address: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageLocation._api_fields = {
    "request": ("request", None),
    "address": ("address", None),
    "name": ("name", None),
}
