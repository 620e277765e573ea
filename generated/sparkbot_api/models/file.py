from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.file_kind import FileKind
from ..models.file_origin import FileOrigin
from ..models.file_permission import FilePermission
from ..models.file_status import FileStatus
from ..types import ApiModel, compact_repr, either, member, nullable


@_attrs_define
class File(ApiModel):
    """Uploaded file.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (FileUserType1 | str | None): Owner user ID: an id, or the document itself.
        permission (FilePermission | None)
        status (FileStatus | None)
        origin (FileOrigin | None)
        format_ (FileFormat | None)
        kind (FileKind | None)
        url (str | None): Remote origin URL, if any.
        contact (str | None)
        reference (str | None)
        filename (str | None)
        size (int | None): Size in bytes.
        mime (str | None)
        ext (str | None)
        sha2 (str | None)
        message (str | None)
        deleted_at (datetime.datetime | None)
        expires_at (datetime.datetime | None)
        last_access_at (datetime.datetime | None)
        last_delivery_at (datetime.datetime | None)
        meta (FileMeta | None)
        preview (FilePreview | None)
        stats (FileStats | None)
    """

    id: str
    user: FileUserType1 | str | None = None
    permission: FilePermission | None = None
    status: FileStatus | None = None
    origin: FileOrigin | None = None
    format_: FileFormat | None = None
    kind: FileKind | None = None
    url: str | None = None
    contact: str | None = None
    reference: str | None = None
    filename: str | None = None
    size: int | None = None
    mime: str | None = None
    ext: str | None = None
    sha2: str | None = None
    message: str | None = None
    deleted_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    last_access_at: datetime.datetime | None = None
    last_delivery_at: datetime.datetime | None = None
    meta: FileMeta | None = None
    preview: FilePreview | None = None
    stats: FileStats | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.file_meta import FileMeta  # noqa: E402
from ..models.file_preview import FilePreview  # noqa: E402
from ..models.file_stats import FileStats  # noqa: E402
from ..models.file_user_type_1 import FileUserType1  # noqa: E402

File._api_fields = {
    "id": ("id", None),
    "user": ("user", either((dict, FileUserType1.from_dict), as_is=True)),
    "permission": ("permission", member(FilePermission)),
    "status": ("status", member(FileStatus)),
    "origin": ("origin", member(FileOrigin)),
    "format": ("format_", member(FileFormat)),
    "kind": ("kind", member(FileKind)),
    "url": ("url", None),
    "contact": ("contact", None),
    "reference": ("reference", None),
    "filename": ("filename", None),
    "size": ("size", None),
    "mime": ("mime", None),
    "ext": ("ext", None),
    "sha2": ("sha2", None),
    "message": ("message", None),
    "deletedAt": ("deleted_at", nullable(datetime.datetime.fromisoformat)),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
    "lastAccessAt": ("last_access_at", nullable(datetime.datetime.fromisoformat)),
    "lastDeliveryAt": ("last_delivery_at", nullable(datetime.datetime.fromisoformat)),
    "meta": ("meta", FileMeta.from_dict),
    "preview": ("preview", FilePreview.from_dict),
    "stats": ("stats", FileStats.from_dict),
}
