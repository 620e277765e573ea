from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_media_format import MessageMediaFormat
from ..models.message_media_kind import MessageMediaKind
from ..types import ApiModel, compact_repr, member


@_attrs_define
class MessageMedia(ApiModel):
    """
    Attributes:
        file (str | None): File ID.
        filename (str | None)
        kind (MessageMediaKind | None)
        format_ (MessageMediaFormat | None)
        view_once (bool | None)
    """

    file: str | None = None
    filename: str | None = None
    kind: MessageMediaKind | None = None
    format_: MessageMediaFormat | None = None
    view_once: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageMedia._api_fields = {
    "file": ("file", None),
    "filename": ("filename", None),
    "kind": ("kind", member(MessageMediaKind)),
    "format": ("format_", member(MessageMediaFormat)),
    "viewOnce": ("view_once", None),
}
