from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageHeaderLocation(ApiModel):
    """
    Attributes:
        latitude (float | None)
        longitude (float | None)
        name (str | None)
        address (str | None)
    """

    latitude: float | None = None
    longitude: float | None = None
    name: str | None = None
    address: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageHeaderLocation._api_fields = {
    "latitude": ("latitude", None),
    "longitude": ("longitude", None),
    "name": ("name", None),
    "address": ("address", None),
}
