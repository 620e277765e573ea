from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class FileMeta(ApiModel):
    """
    Attributes:
        width (int | None)
        height (int | None)
        duration (float | None)
        codec (str | None)
    """

    width: int | None = None
    height: int | None = None
    duration: float | None = None
    codec: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


FileMeta._api_fields = {
    "width": ("width", None),
    "height": ("height", None),
    "duration": ("duration", None),
    "codec": ("codec", None),
}
