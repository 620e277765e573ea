from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_media_status import ChatMessageMediaStatus
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class ChatMessageMedia(ApiModel):
    """
    Attributes:
        id (str | None): Media file ID.
        expires_at (datetime.datetime | None)
        status (ChatMessageMediaStatus | None)
        mime (str | None)
        encoding (str | None)
        size (int | None)
        format_ (str | None)
        caption (str | None)
        filename (str | None)
        filehash (str | None)
        meta (ChatMessageMediaMeta | None): Media metadata: width, height, duration, ... (free-form).
    """

    id: str | None = None
    expires_at: datetime.datetime | None = None
    status: ChatMessageMediaStatus | None = None
    mime: str | None = None
    encoding: str | None = None
    size: int | None = None
    format_: str | None = None
    caption: str | None = None
    filename: str | None = None
    filehash: str | None = None
    meta: ChatMessageMediaMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_message_media_meta import ChatMessageMediaMeta  # noqa: E402

ChatMessageMedia._api_fields = {
    "id": ("id", None),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
    "status": ("status", member(ChatMessageMediaStatus)),
    "mime": ("mime", None),
    "encoding": ("encoding", None),
    "size": ("size", None),
    "format": ("format_", None),
    "caption": ("caption", None),
    "filename": ("filename", None),
    "filehash": ("filehash", None),
    "meta": ("meta", ChatMessageMediaMeta.from_dict),
}
