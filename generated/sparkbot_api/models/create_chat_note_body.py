from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class CreateChatNoteBody(ApiModel):
    """
    Attributes:
        message (str): Note Message.
        quote (str | None): Quote Message ID.
        author (str | None): Author ID.
    """

    message: str
    quote: str | None = None
    author: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateChatNoteBody._api_fields = {
    "message": ("message", None),
    "quote": ("quote", None),
    "author": ("author", None),
}
