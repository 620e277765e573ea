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
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeleteFilesBody")


@_attrs_define
class DeleteFilesBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.limit is not None:
            field_dict["limit"] = self.limit

        _ids_value = UNSET if self.ids is None else self.ids
        ids: list[str] | Unset = UNSET
        if not isinstance(_ids_value, Unset):
            ids = _ids_value

        if ids is not UNSET:
            field_dict["ids"] = ids

        _before_value = UNSET if self.before is None else self.before
        before: str | Unset = UNSET
        if not isinstance(_before_value, Unset):
            before = api_datetime(_before_value)
        if before is not UNSET:
            field_dict["before"] = before

        _after_value = UNSET if self.after is None else self.after
        after: str | Unset = UNSET
        if not isinstance(_after_value, Unset):
            after = api_datetime(_after_value)
        if after is not UNSET:
            field_dict["after"] = after

        _expires_value = UNSET if self.expires is None else self.expires
        expires: str | Unset = UNSET
        if not isinstance(_expires_value, Unset):
            expires = api_datetime(_expires_value)
        if expires is not UNSET:
            field_dict["expires"] = expires

        if self.filename is not None:
            field_dict["filename"] = self.filename

        _ext_value = UNSET if self.ext is None else self.ext
        ext: list[str] | Unset = UNSET
        if not isinstance(_ext_value, Unset):
            ext = _ext_value

        if ext is not UNSET:
            field_dict["ext"] = ext

        _mime_value = UNSET if self.mime is None else self.mime
        mime: list[str] | Unset = UNSET
        if not isinstance(_mime_value, Unset):
            mime = _mime_value

        if mime is not UNSET:
            field_dict["mime"] = mime

        _kind_value = UNSET if self.kind is None else self.kind
        kind: list[str] | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = []
            for kind_item_data in _kind_value:
                kind_item = kind_item_data.value
                kind.append(kind_item)

        if kind is not UNSET:
            field_dict["kind"] = kind

        _owner_value = UNSET if self.owner is None else self.owner
        owner: list[str] | Unset = UNSET
        if not isinstance(_owner_value, Unset):
            owner = _owner_value

        if owner is not UNSET:
            field_dict["owner"] = owner

        _format__value = UNSET if self.format_ is None else self.format_
        format_: str | Unset = UNSET
        if not isinstance(_format__value, Unset):
            format_ = _format__value.value

        if format_ is not UNSET:
            field_dict["format"] = format_

        _permission_value = UNSET if self.permission is None else self.permission
        permission: str | Unset = UNSET
        if not isinstance(_permission_value, Unset):
            permission = _permission_value.value

        if permission is not UNSET:
            field_dict["permission"] = permission

        _tags_value = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(_tags_value, Unset):
            tags = _tags_value

        if tags is not UNSET:
            field_dict["tags"] = tags

        if self.size is not None:
            field_dict["size"] = self.size

        _origin_value = UNSET if self.origin is None else self.origin
        origin: str | Unset = UNSET
        if not isinstance(_origin_value, Unset):
            origin = _origin_value.value

        if origin is not UNSET:
            field_dict["origin"] = origin

        _sha2_value = UNSET if self.sha2 is None else self.sha2
        sha2: list[str] | Unset = UNSET
        if not isinstance(_sha2_value, Unset):
            sha2 = _sha2_value

        if sha2 is not UNSET:
            field_dict["sha2"] = sha2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        try:
            _before = d.get("before", UNSET)
            before: datetime.datetime | Unset
            if isinstance(_before, Unset):
                before = UNSET
            else:
                before = datetime.datetime.fromisoformat(_before)

        except LENIENT:
            before = UNSET
        else:
            d.pop("before", None)

        try:
            _after = d.get("after", UNSET)
            after: datetime.datetime | Unset
            if isinstance(_after, Unset):
                after = UNSET
            else:
                after = datetime.datetime.fromisoformat(_after)

        except LENIENT:
            after = UNSET
        else:
            d.pop("after", None)

        try:
            _expires = d.get("expires", UNSET)
            expires: datetime.datetime | Unset
            if isinstance(_expires, Unset):
                expires = UNSET
            else:
                expires = datetime.datetime.fromisoformat(_expires)

        except LENIENT:
            expires = UNSET
        else:
            d.pop("expires", None)

        filename = d.pop("filename", UNSET)

        ext = cast(list[str], d.pop("ext", UNSET))

        mime = cast(list[str], d.pop("mime", UNSET))

        try:
            _kind = d.get("kind", UNSET)
            kind: list[FileKind] | Unset = UNSET
            if _kind is not UNSET:
                kind = []
                for kind_item_data in _kind:
                    kind_item = FileKind(kind_item_data)

                    kind.append(kind_item)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        owner = cast(list[str], d.pop("owner", UNSET))

        try:
            _format_ = d.get("format", UNSET)
            format_: FileFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = FileFormat(_format_)

        except LENIENT:
            format_ = UNSET
        else:
            d.pop("format", None)

        try:
            _permission = d.get("permission", UNSET)
            permission: Permission | Unset
            if isinstance(_permission, Unset):
                permission = UNSET
            else:
                permission = Permission(_permission)

        except LENIENT:
            permission = UNSET
        else:
            d.pop("permission", None)

        tags = cast(list[str], d.pop("tags", UNSET))

        size = d.pop("size", UNSET)

        try:
            _origin = d.get("origin", UNSET)
            origin: FileOriginFilter | Unset
            if isinstance(_origin, Unset):
                origin = UNSET
            else:
                origin = FileOriginFilter(_origin)

        except LENIENT:
            origin = UNSET
        else:
            d.pop("origin", None)

        sha2 = cast(list[str], d.pop("sha2", UNSET))

        delete_files_body = cls(
            limit=None if isinstance(limit, Unset) else limit,
            ids=None if isinstance(ids, Unset) else ids,
            before=None if isinstance(before, Unset) else before,
            after=None if isinstance(after, Unset) else after,
            expires=None if isinstance(expires, Unset) else expires,
            filename=None if isinstance(filename, Unset) else filename,
            ext=None if isinstance(ext, Unset) else ext,
            mime=None if isinstance(mime, Unset) else mime,
            kind=None if isinstance(kind, Unset) else kind,
            owner=None if isinstance(owner, Unset) else owner,
            format_=None if isinstance(format_, Unset) else format_,
            permission=None if isinstance(permission, Unset) else permission,
            tags=None if isinstance(tags, Unset) else tags,
            size=None if isinstance(size, Unset) else size,
            origin=None if isinstance(origin, Unset) else origin,
            sha2=None if isinstance(sha2, Unset) else sha2,
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
