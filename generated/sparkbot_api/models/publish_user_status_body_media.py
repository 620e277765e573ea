from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_media_format import PublishUserStatusBodyMediaFormat
from ..types import ApiModel, compact_repr, member


@_attrs_define
class PublishUserStatusBodyMedia(ApiModel):
    """
    Attributes:
        url (str | None): File URL.
        file (str | None): File ID.
        message (str | None): Caption.
        filename (str | None): File Name.
        format_ (PublishUserStatusBodyMediaFormat | None): Format. API default: native.
    """

    url: str | None = None
    file: str | None = None
    message: str | None = None
    filename: str | None = None
    format_: PublishUserStatusBodyMediaFormat | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


PublishUserStatusBodyMedia._api_fields = {
    "url": ("url", None),
    "file": ("file", None),
    "message": ("message", None),
    "filename": ("filename", None),
    "format": ("format_", member(PublishUserStatusBodyMediaFormat)),
}
