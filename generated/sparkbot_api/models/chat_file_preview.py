from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatFilePreview(ApiModel):
    """
    Attributes:
        mime (str | None)
        width (int | None)
        height (int | None)
        image (str | None): Preview image (base64).
    """

    mime: str | None = None
    width: int | None = None
    height: int | None = None
    image: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatFilePreview._api_fields = {
    "mime": ("mime", None),
    "width": ("width", None),
    "height": ("height", None),
    "image": ("image", None),
}
