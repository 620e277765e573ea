from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_expiration import FileExpiration
from ..models.file_format import FileFormat
from ..models.permission import Permission
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UploadFileJsonBody(ApiModel):
    """
    Attributes:
        url (str): File URL.
        filename (str | None): Filename.
        reference (str | None): Reference.
        format_ (FileFormat | None)
        expiration (FileExpiration | None)
        permission (Permission | None)
        tags (list[str] | None): Tags.
    """

    url: str
    filename: str | None = None
    reference: str | None = None
    format_: FileFormat | None = None
    expiration: FileExpiration | None = None
    permission: Permission | None = None
    tags: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UploadFileJsonBody._api_fields = {
    "url": ("url", None),
    "filename": ("filename", None),
    "reference": ("reference", None),
    "format": ("format_", member(FileFormat)),
    "expiration": ("expiration", member(FileExpiration)),
    "permission": ("permission", member(Permission)),
    "tags": ("tags", None),
}
