from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_file_status import ChatFileStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatFile")


@_attrs_define
class ChatFile:
    """Media file of a chat message.

    Attributes:
        message (str | Unset):
        chat (str | Unset):
        status (ChatFileStatus | Unset):
        caption (str | Unset):
        error (str | Unset):
        error_code (str | Unset):
        kind (str | Unset):
        size (int | Unset):
        mime (str | Unset):
        extension (str | Unset):
        format_ (str | Unset):
        filename (str | Unset):
        sha2 (str | Unset):
        media_key (str | Unset):
        created_at (datetime.datetime | Unset):
        uploaded_at (datetime.datetime | Unset):
        deleted_at (datetime.datetime | None | Unset):
        expires_at (datetime.datetime | Unset):
        meta (ChatFileMeta | Unset):
        preview (ChatFilePreview | Unset):
    """

    message: str | Unset = UNSET
    chat: str | Unset = UNSET
    status: ChatFileStatus | Unset = UNSET
    caption: str | Unset = UNSET
    error: str | Unset = UNSET
    error_code: str | Unset = UNSET
    kind: str | Unset = UNSET
    size: int | Unset = UNSET
    mime: str | Unset = UNSET
    extension: str | Unset = UNSET
    format_: str | Unset = UNSET
    filename: str | Unset = UNSET
    sha2: str | Unset = UNSET
    media_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    uploaded_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    meta: ChatFileMeta | Unset = UNSET
    preview: ChatFilePreview | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        chat = self.chat

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        caption = self.caption

        error = self.error

        error_code = self.error_code

        kind = self.kind

        size = self.size

        mime = self.mime

        extension = self.extension

        format_ = self.format_

        filename = self.filename

        sha2 = self.sha2

        media_key = self.media_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat()

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

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if chat is not UNSET:
            field_dict["chat"] = chat
        if status is not UNSET:
            field_dict["status"] = status
        if caption is not UNSET:
            field_dict["caption"] = caption
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if kind is not UNSET:
            field_dict["kind"] = kind
        if size is not UNSET:
            field_dict["size"] = size
        if mime is not UNSET:
            field_dict["mime"] = mime
        if extension is not UNSET:
            field_dict["extension"] = extension
        if format_ is not UNSET:
            field_dict["format"] = format_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if sha2 is not UNSET:
            field_dict["sha2"] = sha2
        if media_key is not UNSET:
            field_dict["mediaKey"] = media_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if uploaded_at is not UNSET:
            field_dict["uploadedAt"] = uploaded_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if meta is not UNSET:
            field_dict["meta"] = meta
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        chat = d.pop("chat", UNSET)

        _status = d.pop("status", UNSET)
        status: ChatFileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChatFileStatus(_status)

        caption = d.pop("caption", UNSET)

        error = d.pop("error", UNSET)

        error_code = d.pop("errorCode", UNSET)

        kind = d.pop("kind", UNSET)

        size = d.pop("size", UNSET)

        mime = d.pop("mime", UNSET)

        extension = d.pop("extension", UNSET)

        format_ = d.pop("format", UNSET)

        filename = d.pop("filename", UNSET)

        sha2 = d.pop("sha2", UNSET)

        media_key = d.pop("mediaKey", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _uploaded_at = d.pop("uploadedAt", UNSET)
        uploaded_at: datetime.datetime | Unset
        if isinstance(_uploaded_at, Unset):
            uploaded_at = UNSET
        else:
            uploaded_at = datetime.datetime.fromisoformat(_uploaded_at)

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

        _meta = d.pop("meta", UNSET)
        meta: ChatFileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ChatFileMeta.from_dict(_meta)

        _preview = d.pop("preview", UNSET)
        preview: ChatFilePreview | Unset
        if isinstance(_preview, Unset):
            preview = UNSET
        else:
            preview = ChatFilePreview.from_dict(_preview)

        chat_file = cls(
            message=message,
            chat=chat,
            status=status,
            caption=caption,
            error=error,
            error_code=error_code,
            kind=kind,
            size=size,
            mime=mime,
            extension=extension,
            format_=format_,
            filename=filename,
            sha2=sha2,
            media_key=media_key,
            created_at=created_at,
            uploaded_at=uploaded_at,
            deleted_at=deleted_at,
            expires_at=expires_at,
            meta=meta,
            preview=preview,
        )

        chat_file.additional_properties = d
        return chat_file

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


from ..models.chat_file_meta import ChatFileMeta  # noqa: E402
from ..models.chat_file_preview import ChatFilePreview  # noqa: E402
