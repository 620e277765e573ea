from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_file_status import ChatFileStatus
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class ChatFile(ApiModel):
    """Media file of a chat message.

    Attributes:
        message (str | None)
        chat (str | None)
        status (ChatFileStatus | None)
        caption (None | str | None)
        error (str | None)
        error_code (str | None)
        kind (str | None)
        size (int | None)
        mime (str | None)
        extension (str | None)
        format_ (str | None)
        filename (str | None)
        sha2 (str | None)
        media_key (str | None)
        created_at (datetime.datetime | None)
        uploaded_at (datetime.datetime | None)
        deleted_at (datetime.datetime | None)
        expires_at (datetime.datetime | None)
        meta (ChatFileMeta | None)
        preview (ChatFilePreview | None)
    """

    message: str | None = None
    chat: str | None = None
    status: ChatFileStatus | None = None
    caption: None | str | None = None
    error: str | None = None
    error_code: str | None = None
    kind: str | None = None
    size: int | None = None
    mime: str | None = None
    extension: str | None = None
    format_: str | None = None
    filename: str | None = None
    sha2: str | None = None
    media_key: str | None = None
    created_at: datetime.datetime | None = None
    uploaded_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    meta: ChatFileMeta | None = None
    preview: ChatFilePreview | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_file_meta import ChatFileMeta  # noqa: E402
from ..models.chat_file_preview import ChatFilePreview  # noqa: E402

ChatFile._api_fields = {
    "message": ("message", None),
    "chat": ("chat", None),
    "status": ("status", member(ChatFileStatus)),
    "caption": ("caption", None),
    "error": ("error", None),
    "errorCode": ("error_code", None),
    "kind": ("kind", None),
    "size": ("size", None),
    "mime": ("mime", None),
    "extension": ("extension", None),
    "format": ("format_", None),
    "filename": ("filename", None),
    "sha2": ("sha2", None),
    "mediaKey": ("media_key", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "uploadedAt": ("uploaded_at", nullable(datetime.datetime.fromisoformat)),
    "deletedAt": ("deleted_at", nullable(datetime.datetime.fromisoformat)),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
    "meta": ("meta", ChatFileMeta.from_dict),
    "preview": ("preview", ChatFilePreview.from_dict),
}
