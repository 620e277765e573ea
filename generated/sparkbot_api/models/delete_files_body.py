from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.file_kind import FileKind
from ..models.file_origin_filter import FileOriginFilter
from ..models.permission import Permission
from ..types import ApiModel, compact_repr, each, member


@_attrs_define
class DeleteFilesBody(ApiModel):
    """
    Attributes:
        limit (int | None): Maximum Files to Delete. API default: 100.
        ids (list[str] | None): File IDs.
        before (datetime.datetime | None): Created Before.
        after (datetime.datetime | None): Created After.
        expires (datetime.datetime | None): Expires Before.
        filename (str | None): Filename.
        ext (list[str] | None): File Extensions.
        mime (list[str] | None): MIME Types.
        kind (list[FileKind] | None): File Types.
        owner (list[str] | None): Owner IDs.
        format_ (FileFormat | None)
        permission (Permission | None)
        tags (list[str] | None): Tags.
        size (int | None): Minimum Size (bytes).
        origin (FileOriginFilter | None)
        sha2 (list[str] | None): SHA2 Hashes.
    """

    limit: int | None = None
    ids: list[str] | None = None
    before: datetime.datetime | None = None
    after: datetime.datetime | None = None
    expires: datetime.datetime | None = None
    filename: str | None = None
    ext: list[str] | None = None
    mime: list[str] | None = None
    kind: list[FileKind] | None = None
    owner: list[str] | None = None
    format_: FileFormat | None = None
    permission: Permission | None = None
    tags: list[str] | None = None
    size: int | None = None
    origin: FileOriginFilter | None = None
    sha2: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeleteFilesBody._api_fields = {
    "limit": ("limit", None),
    "ids": ("ids", None),
    "before": ("before", datetime.datetime.fromisoformat),
    "after": ("after", datetime.datetime.fromisoformat),
    "expires": ("expires", datetime.datetime.fromisoformat),
    "filename": ("filename", None),
    "ext": ("ext", None),
    "mime": ("mime", None),
    "kind": ("kind", each(member(FileKind))),
    "owner": ("owner", None),
    "format": ("format_", member(FileFormat)),
    "permission": ("permission", member(Permission)),
    "tags": ("tags", None),
    "size": ("size", None),
    "origin": ("origin", member(FileOriginFilter)),
    "sha2": ("sha2", None),
}
