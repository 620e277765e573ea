from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.file_expiration import FileExpiration
from ..models.file_format import FileFormat
from ..models.permission import Permission
from ..types import ApiModel, File, compact_repr, member, read_file


@_attrs_define
class UploadFileFilesBody(ApiModel):
    """
    Attributes:
        file (File): The file's content.
        filename (str | None): Filename.
        reference (str | None): Reference.
        format_ (FileFormat | None)
        expiration (FileExpiration | None)
        permission (Permission | None)
        tags (str | None): Tags, comma-separated.
    """

    file: File
    filename: str | None = None
    reference: str | None = None
    format_: FileFormat | None = None
    expiration: FileExpiration | None = None
    permission: Permission | None = None
    tags: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if self.filename is not None:  # sparkbot: absent fields read None
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        if self.reference is not None:  # sparkbot: absent fields read None
            files.append(("reference", (None, str(self.reference).encode(), "text/plain")))

        if self.format_ is not None:  # sparkbot: absent fields read None
            files.append(("format", (None, str(self.format_.value).encode(), "text/plain")))

        if self.expiration is not None:  # sparkbot: absent fields read None
            files.append(("expiration", (None, str(self.expiration.value).encode(), "text/plain")))

        if self.permission is not None:  # sparkbot: absent fields read None
            files.append(("permission", (None, str(self.permission.value).encode(), "text/plain")))

        if self.tags is not None:  # sparkbot: absent fields read None
            files.append(("tags", (None, str(self.tags).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files


UploadFileFilesBody._api_fields = {
    "file": ("file", read_file),
    "filename": ("filename", None),
    "reference": ("reference", None),
    "format": ("format_", member(FileFormat)),
    "expiration": ("expiration", member(FileExpiration)),
    "permission": ("permission", member(Permission)),
    "tags": ("tags", None),
}
