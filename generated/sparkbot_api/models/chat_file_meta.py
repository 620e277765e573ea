from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatFileMeta(ApiModel):
    """
    Attributes:
        has_preview (bool | None)
        width (int | None)
        height (int | None)
        duration (float | None)
        aspect_ratio (float | None)
        page_count (int | None)
    """

    has_preview: bool | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    aspect_ratio: float | None = None
    page_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatFileMeta._api_fields = {
    "hasPreview": ("has_preview", None),
    "width": ("width", None),
    "height": ("height", None),
    "duration": ("duration", None),
    "aspectRatio": ("aspect_ratio", None),
    "pageCount": ("page_count", None),
}
