from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class SendLocationMessageLocation(ApiModel):
    """
    Attributes:
        address (str | None): Address.
        coordinates (list[float] | None): [latitude, longitude]: latitude within ±90, longitude within ±180.
        name (str | None): Location Name.
    """

    address: str | None = None
    coordinates: list[float] | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SendLocationMessageLocation._api_fields = {
    "address": ("address", None),
    "coordinates": ("coordinates", None),
    "name": ("name", None),
}
