from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageTemplate(ApiModel):
    """
    Attributes:
        name (str | None)
        language (str | None)
        components (list[Any] | None)
    """

    name: str | None = None
    language: str | None = None
    components: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageTemplate._api_fields = {
    "name": ("name", None),
    "language": ("language", None),
    "components": ("components", None),
}
