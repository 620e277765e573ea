from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class UpdateGroupImageBody(ApiModel):
    """
    Attributes:
        url (str | None): Image URL.
        image (str | None): Image Data (Base64).
    """

    url: str | None = None
    image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateGroupImageBody._api_fields = {
    "url": ("url", None),
    "image": ("image", None),
}
