from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatMessageVcardsItem(ApiModel):
    """
    Attributes:
        vcard (str | None)
        version (str | None)
        first_name (str | None)
        last_name (str | None)
        formatted_name (str | None)
        title (str | None)
    """

    vcard: str | None = None
    version: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    formatted_name: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageVcardsItem._api_fields = {
    "vcard": ("vcard", None),
    "version": ("version", None),
    "firstName": ("first_name", None),
    "lastName": ("last_name", None),
    "formattedName": ("formatted_name", None),
    "title": ("title", None),
}
