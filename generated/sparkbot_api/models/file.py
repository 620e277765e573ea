from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
from ..models.file_kind import FileKind
from ..models.file_origin import FileOrigin
from ..models.file_permission import FilePermission
from ..models.file_status import FileStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="File")


@_attrs_define
class File:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, FileUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _permission_value = UNSET if self.permission is None else self.permission
        permission: str | Unset = UNSET
        if not isinstance(_permission_value, Unset):
            permission = _permission_value.value

        if permission is not UNSET:
            field_dict["permission"] = permission

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _origin_value = UNSET if self.origin is None else self.origin
        origin: str | Unset = UNSET
        if not isinstance(_origin_value, Unset):
            origin = _origin_value.value

        if origin is not UNSET:
            field_dict["origin"] = origin

        _format__value = UNSET if self.format_ is None else self.format_
        format_: str | Unset = UNSET
        if not isinstance(_format__value, Unset):
            format_ = _format__value.value

        if format_ is not UNSET:
            field_dict["format"] = format_

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        if self.url is not None:
            field_dict["url"] = self.url

        if self.contact is not None:
            field_dict["contact"] = self.contact

        if self.reference is not None:
            field_dict["reference"] = self.reference

        if self.filename is not None:
            field_dict["filename"] = self.filename

        if self.size is not None:
            field_dict["size"] = self.size

        if self.mime is not None:
            field_dict["mime"] = self.mime

        if self.ext is not None:
            field_dict["ext"] = self.ext

        if self.sha2 is not None:
            field_dict["sha2"] = self.sha2

        if self.message is not None:
            field_dict["message"] = self.message

        _deleted_at_value = UNSET if self.deleted_at is None else self.deleted_at
        deleted_at: None | str | Unset
        if isinstance(_deleted_at_value, Unset):
            deleted_at = UNSET
        elif isinstance(_deleted_at_value, datetime.datetime):
            deleted_at = api_datetime(_deleted_at_value)
        else:
            deleted_at = _deleted_at_value
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        _expires_at_value = UNSET if self.expires_at is None else self.expires_at
        expires_at: None | str | Unset
        if isinstance(_expires_at_value, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_value, datetime.datetime):
            expires_at = api_datetime(_expires_at_value)
        else:
            expires_at = _expires_at_value
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        _last_access_at_value = UNSET if self.last_access_at is None else self.last_access_at
        last_access_at: None | str | Unset
        if isinstance(_last_access_at_value, Unset):
            last_access_at = UNSET
        elif isinstance(_last_access_at_value, datetime.datetime):
            last_access_at = api_datetime(_last_access_at_value)
        else:
            last_access_at = _last_access_at_value
        if last_access_at is not UNSET:
            field_dict["lastAccessAt"] = last_access_at

        _last_delivery_at_value = UNSET if self.last_delivery_at is None else self.last_delivery_at
        last_delivery_at: None | str | Unset
        if isinstance(_last_delivery_at_value, Unset):
            last_delivery_at = UNSET
        elif isinstance(_last_delivery_at_value, datetime.datetime):
            last_delivery_at = api_datetime(_last_delivery_at_value)
        else:
            last_delivery_at = _last_delivery_at_value
        if last_delivery_at is not UNSET:
            field_dict["lastDeliveryAt"] = last_delivery_at

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        _preview_value = UNSET if self.preview is None else self.preview
        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(_preview_value, Unset):
            preview = _preview_value.to_dict()
        if preview is not UNSET:
            field_dict["preview"] = preview

        _stats_value = UNSET if self.stats is None else self.stats
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(_stats_value, Unset):
            stats = _stats_value.to_dict()
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        try:

            def _parse_user(data: object) -> FileUserType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = FileUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FileUserType1 | str | Unset, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        try:
            _permission = d.get("permission", UNSET)
            permission: FilePermission | Unset
            if isinstance(_permission, Unset):
                permission = UNSET
            else:
                permission = FilePermission(_permission)

        except LENIENT:
            permission = UNSET
        else:
            d.pop("permission", None)

        try:
            _status = d.get("status", UNSET)
            status: FileStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = FileStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _origin = d.get("origin", UNSET)
            origin: FileOrigin | Unset
            if isinstance(_origin, Unset):
                origin = UNSET
            else:
                origin = FileOrigin(_origin)

        except LENIENT:
            origin = UNSET
        else:
            d.pop("origin", None)

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
            _kind = d.get("kind", UNSET)
            kind: FileKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = FileKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        url = d.pop("url", UNSET)

        contact = d.pop("contact", UNSET)

        reference = d.pop("reference", UNSET)

        filename = d.pop("filename", UNSET)

        size = d.pop("size", UNSET)

        mime = d.pop("mime", UNSET)

        ext = d.pop("ext", UNSET)

        sha2 = d.pop("sha2", UNSET)

        message = d.pop("message", UNSET)

        try:

            def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return deleted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            deleted_at = _parse_deleted_at(d.get("deletedAt", UNSET))

        except LENIENT:
            deleted_at = UNSET
        else:
            d.pop("deletedAt", None)

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expires_at = _parse_expires_at(d.get("expiresAt", UNSET))

        except LENIENT:
            expires_at = UNSET
        else:
            d.pop("expiresAt", None)

        try:

            def _parse_last_access_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_access_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_access_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_access_at = _parse_last_access_at(d.get("lastAccessAt", UNSET))

        except LENIENT:
            last_access_at = UNSET
        else:
            d.pop("lastAccessAt", None)

        try:

            def _parse_last_delivery_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_delivery_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_delivery_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_delivery_at = _parse_last_delivery_at(d.get("lastDeliveryAt", UNSET))

        except LENIENT:
            last_delivery_at = UNSET
        else:
            d.pop("lastDeliveryAt", None)

        try:
            _meta = d.get("meta", UNSET)
            meta: FileMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = FileMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        try:
            _preview = d.get("preview", UNSET)
            preview: FilePreview | Unset
            if isinstance(_preview, Unset):
                preview = UNSET
            else:
                preview = FilePreview.from_dict(_preview)

        except LENIENT:
            preview = UNSET
        else:
            d.pop("preview", None)

        try:
            _stats = d.get("stats", UNSET)
            stats: FileStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = FileStats.from_dict(_stats)

        except LENIENT:
            stats = UNSET
        else:
            d.pop("stats", None)

        file = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            user=None if isinstance(user, Unset) else user,
            permission=None if isinstance(permission, Unset) else permission,
            status=None if isinstance(status, Unset) else status,
            origin=None if isinstance(origin, Unset) else origin,
            format_=None if isinstance(format_, Unset) else format_,
            kind=None if isinstance(kind, Unset) else kind,
            url=None if isinstance(url, Unset) else url,
            contact=None if isinstance(contact, Unset) else contact,
            reference=None if isinstance(reference, Unset) else reference,
            filename=None if isinstance(filename, Unset) else filename,
            size=None if isinstance(size, Unset) else size,
            mime=None if isinstance(mime, Unset) else mime,
            ext=None if isinstance(ext, Unset) else ext,
            sha2=None if isinstance(sha2, Unset) else sha2,
            message=None if isinstance(message, Unset) else message,
            deleted_at=None if isinstance(deleted_at, Unset) else deleted_at,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            last_access_at=None if isinstance(last_access_at, Unset) else last_access_at,
            last_delivery_at=None if isinstance(last_delivery_at, Unset) else last_delivery_at,
            meta=None if isinstance(meta, Unset) else meta,
            preview=None if isinstance(preview, Unset) else preview,
            stats=None if isinstance(stats, Unset) else stats,
        )

        file.additional_properties = d
        return file

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


from ..models.file_meta import FileMeta  # noqa: E402
from ..models.file_preview import FilePreview  # noqa: E402
from ..models.file_stats import FileStats  # noqa: E402
from ..models.file_user_type_1 import FileUserType1  # noqa: E402
