from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageLocation(ApiModel):
    """
    Attributes:
        address (str | None)
        name (str | None)
        lat (float | None)
        lon (float | None)
        degrees (float | None)
    """

    address: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    degrees: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageLocation._api_fields = {
    "address": ("address", None),
    "name": ("name", None),
    "lat": ("lat", None),
    "lon": ("lon", None),
    "degrees": ("degrees", None),
}
