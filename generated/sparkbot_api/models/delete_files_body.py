from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.file_kind import FileKind
from ..models.file_origin_filter import FileOriginFilter
from ..models.permission import Permission
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteFilesBody")


@_attrs_define
class DeleteFilesBody:
    """
    Attributes:
        limit (int | Unset): Maximum Files to Delete. API default: 100.
        ids (list[str] | Unset): File IDs.
        before (datetime.datetime | Unset): Created Before.
        after (datetime.datetime | Unset): Created After.
        expires (datetime.datetime | Unset): Expires Before.
        filename (str | Unset): Filename.
        ext (list[str] | Unset): File Extensions.
        mime (list[str] | Unset): MIME Types.
        kind (list[FileKind] | Unset): File Types.
        owner (list[str] | Unset): Owner IDs.
        format_ (FileFormat | Unset):
        permission (Permission | Unset):
        tags (list[str] | Unset): Tags.
        size (int | Unset): Minimum Size (bytes).
        origin (FileOriginFilter | Unset):
        sha2 (list[str] | Unset): SHA2 Hashes.
    """

    limit: int | Unset = UNSET
    ids: list[str] | Unset = UNSET
    before: datetime.datetime | Unset = UNSET
    after: datetime.datetime | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    filename: str | Unset = UNSET
    ext: list[str] | Unset = UNSET
    mime: list[str] | Unset = UNSET
    kind: list[FileKind] | Unset = UNSET
    owner: list[str] | Unset = UNSET
    format_: FileFormat | Unset = UNSET
    permission: Permission | Unset = UNSET
    tags: list[str] | Unset = UNSET
    size: int | Unset = UNSET
    origin: FileOriginFilter | Unset = UNSET
    sha2: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        before: str | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.isoformat()

        after: str | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.isoformat()

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        filename = self.filename

        ext: list[str] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext

        mime: list[str] | Unset = UNSET
        if not isinstance(self.mime, Unset):
            mime = self.mime

        kind: list[str] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = []
            for kind_item_data in self.kind:
                kind_item = kind_item_data.value
                kind.append(kind_item)

        owner: list[str] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        size = self.size

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        sha2: list[str] | Unset = UNSET
        if not isinstance(self.sha2, Unset):
            sha2 = self.sha2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if ids is not UNSET:
            field_dict["ids"] = ids
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
        if expires is not UNSET:
            field_dict["expires"] = expires
        if filename is not UNSET:
            field_dict["filename"] = filename
        if ext is not UNSET:
            field_dict["ext"] = ext
        if mime is not UNSET:
            field_dict["mime"] = mime
        if kind is not UNSET:
            field_dict["kind"] = kind
        if owner is not UNSET:
            field_dict["owner"] = owner
        if format_ is not UNSET:
            field_dict["format"] = format_
        if permission is not UNSET:
            field_dict["permission"] = permission
        if tags is not UNSET:
            field_dict["tags"] = tags
        if size is not UNSET:
            field_dict["size"] = size
        if origin is not UNSET:
            field_dict["origin"] = origin
        if sha2 is not UNSET:
            field_dict["sha2"] = sha2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        _before = d.pop("before", UNSET)
        before: datetime.datetime | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = datetime.datetime.fromisoformat(_before)

        _after = d.pop("after", UNSET)
        after: datetime.datetime | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = datetime.datetime.fromisoformat(_after)

        _expires = d.pop("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = datetime.datetime.fromisoformat(_expires)

        filename = d.pop("filename", UNSET)

        ext = cast(list[str], d.pop("ext", UNSET))

        mime = cast(list[str], d.pop("mime", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: list[FileKind] | Unset = UNSET
        if _kind is not UNSET:
            kind = []
            for kind_item_data in _kind:
                kind_item = FileKind(kind_item_data)

                kind.append(kind_item)

        owner = cast(list[str], d.pop("owner", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: FileFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FileFormat(_format_)

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission(_permission)

        tags = cast(list[str], d.pop("tags", UNSET))

        size = d.pop("size", UNSET)

        _origin = d.pop("origin", UNSET)
        origin: FileOriginFilter | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = FileOriginFilter(_origin)

        sha2 = cast(list[str], d.pop("sha2", UNSET))

        delete_files_body = cls(
            limit=limit,
            ids=ids,
            before=before,
            after=after,
            expires=expires,
            filename=filename,
            ext=ext,
            mime=mime,
            kind=kind,
            owner=owner,
            format_=format_,
            permission=permission,
            tags=tags,
            size=size,
            origin=origin,
            sha2=sha2,
        )

        delete_files_body.additional_properties = d
        return delete_files_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
