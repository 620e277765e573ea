from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageLinkPreview(ApiModel):
    """
    Attributes:
        thumbnail (str | None)
        title (str | None)
        description (str | None)
        canonical_url (str | None)
        matched_url (str | None)
    """

    thumbnail: str | None = None
    title: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    matched_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageLinkPreview._api_fields = {
    "thumbnail": ("thumbnail", None),
    "title": ("title", None),
    "description": ("description", None),
    "canonicalUrl": ("canonical_url", None),
    "matchedUrl": ("matched_url", None),
}
