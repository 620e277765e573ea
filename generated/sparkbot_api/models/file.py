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
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """Uploaded file.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (str | Unset): Owner user ID.
        permission (FilePermission | Unset):
        status (FileStatus | Unset):
        origin (FileOrigin | Unset):
        format_ (FileFormat | Unset):
        kind (FileKind | Unset):
        url (str | Unset): Remote origin URL
        contact (str | Unset):
        reference (str | Unset):
        filename (str | Unset):
        size (int | Unset): Size in bytes.
        mime (str | Unset):
        ext (str | Unset):
        sha2 (str | Unset):
        message (str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        expires_at (datetime.datetime | Unset):
        last_access_at (datetime.datetime | Unset):
        last_delivery_at (datetime.datetime | Unset):
        meta (FileMeta | Unset):
        preview (FilePreview | Unset):
        stats (FileStats | Unset):
    """

    id: str
    user: str | Unset = UNSET
    permission: FilePermission | Unset = UNSET
    status: FileStatus | Unset = UNSET
    origin: FileOrigin | Unset = UNSET
    format_: FileFormat | Unset = UNSET
    kind: FileKind | Unset = UNSET
    url: str | Unset = UNSET
    contact: str | Unset = UNSET
    reference: str | Unset = UNSET
    filename: str | Unset = UNSET
    size: int | Unset = UNSET
    mime: str | Unset = UNSET
    ext: str | Unset = UNSET
    sha2: str | Unset = UNSET
    message: str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    last_access_at: datetime.datetime | Unset = UNSET
    last_delivery_at: datetime.datetime | Unset = UNSET
    meta: FileMeta | Unset = UNSET
    preview: FilePreview | Unset = UNSET
    stats: FileStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        origin: str | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        url = self.url

        contact = self.contact

        reference = self.reference

        filename = self.filename

        size = self.size

        mime = self.mime

        ext = self.ext

        sha2 = self.sha2

        message = self.message

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_access_at: str | Unset = UNSET
        if not isinstance(self.last_access_at, Unset):
            last_access_at = self.last_access_at.isoformat()

        last_delivery_at: str | Unset = UNSET
        if not isinstance(self.last_delivery_at, Unset):
            last_delivery_at = self.last_delivery_at.isoformat()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if permission is not UNSET:
            field_dict["permission"] = permission
        if status is not UNSET:
            field_dict["status"] = status
        if origin is not UNSET:
            field_dict["origin"] = origin
        if format_ is not UNSET:
            field_dict["format"] = format_
        if kind is not UNSET:
            field_dict["kind"] = kind
        if url is not UNSET:
            field_dict["url"] = url
        if contact is not UNSET:
            field_dict["contact"] = contact
        if reference is not UNSET:
            field_dict["reference"] = reference
        if filename is not UNSET:
            field_dict["filename"] = filename
        if size is not UNSET:
            field_dict["size"] = size
        if mime is not UNSET:
            field_dict["mime"] = mime
        if ext is not UNSET:
            field_dict["ext"] = ext
        if sha2 is not UNSET:
            field_dict["sha2"] = sha2
        if message is not UNSET:
            field_dict["message"] = message
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if last_access_at is not UNSET:
            field_dict["lastAccessAt"] = last_access_at
        if last_delivery_at is not UNSET:
            field_dict["lastDeliveryAt"] = last_delivery_at
        if meta is not UNSET:
            field_dict["meta"] = meta
        if preview is not UNSET:
            field_dict["preview"] = preview
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: FilePermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = FilePermission(_permission)

        _status = d.pop("status", UNSET)
        status: FileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FileStatus(_status)

        _origin = d.pop("origin", UNSET)
        origin: FileOrigin | Unset
        if isinstance(_origin, Unset):
            origin = UNSET
        else:
            origin = FileOrigin(_origin)

        _format_ = d.pop("format", UNSET)
        format_: FileFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FileFormat(_format_)

        _kind = d.pop("kind", UNSET)
        kind: FileKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FileKind(_kind)

        url = d.pop("url", UNSET)

        contact = d.pop("contact", UNSET)

        reference = d.pop("reference", UNSET)

        filename = d.pop("filename", UNSET)

        size = d.pop("size", UNSET)

        mime = d.pop("mime", UNSET)

        ext = d.pop("ext", UNSET)

        sha2 = d.pop("sha2", UNSET)

        message = d.pop("message", UNSET)

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
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deletedAt", UNSET))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _last_access_at = d.pop("lastAccessAt", UNSET)
        last_access_at: datetime.datetime | Unset
        if isinstance(_last_access_at, Unset):
            last_access_at = UNSET
        else:
            last_access_at = datetime.datetime.fromisoformat(_last_access_at)

        _last_delivery_at = d.pop("lastDeliveryAt", UNSET)
        last_delivery_at: datetime.datetime | Unset
        if isinstance(_last_delivery_at, Unset):
            last_delivery_at = UNSET
        else:
            last_delivery_at = datetime.datetime.fromisoformat(_last_delivery_at)

        _meta = d.pop("meta", UNSET)
        meta: FileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = FileMeta.from_dict(_meta)

        _preview = d.pop("preview", UNSET)
        preview: FilePreview | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = FilePreview.from_dict(_preview)

        _stats = d.pop("stats", UNSET)
        stats: FileStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = FileStats.from_dict(_stats)

        file = cls(
            id=id,
            user=user,
            permission=permission,
            status=status,
            origin=origin,
            format_=format_,
            kind=kind,
            url=url,
            contact=contact,
            reference=reference,
            filename=filename,
            size=size,
            mime=mime,
            ext=ext,
            sha2=sha2,
            message=message,
            deleted_at=deleted_at,
            expires_at=expires_at,
            last_access_at=last_access_at,
            last_delivery_at=last_delivery_at,
            meta=meta,
            preview=preview,
            stats=stats,
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
