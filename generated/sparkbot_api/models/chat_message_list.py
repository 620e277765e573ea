from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageList(ApiModel):
    """
    Attributes:
        kind (str | None)
        description (str | None)
        title (str | None)
        footer (str | None)
        button (str | None)
    """

    kind: str | None = None
    description: str | None = None
    title: str | None = None
    footer: str | None = None
    button: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageList._api_fields = {
    "kind": ("kind", None),
    "description": ("description", None),
    "title": ("title", None),
    "footer": ("footer", None),
    "button": ("button", None),
}
