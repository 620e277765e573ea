from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_file_status import ChatFileStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatFile")


@_attrs_define
class ChatFile:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message is not None:
            field_dict["message"] = self.message

        if self.chat is not None:
            field_dict["chat"] = self.chat

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _caption_value = UNSET if self.caption is None else self.caption
        caption: None | str | Unset
        if isinstance(_caption_value, Unset):
            caption = UNSET
        else:
            caption = _caption_value
        if caption is not UNSET:
            field_dict["caption"] = caption

        if self.error is not None:
            field_dict["error"] = self.error

        if self.error_code is not None:
            field_dict["errorCode"] = self.error_code

        if self.kind is not None:
            field_dict["kind"] = self.kind

        if self.size is not None:
            field_dict["size"] = self.size

        if self.mime is not None:
            field_dict["mime"] = self.mime

        if self.extension is not None:
            field_dict["extension"] = self.extension

        if self.format_ is not None:
            field_dict["format"] = self.format_

        if self.filename is not None:
            field_dict["filename"] = self.filename

        if self.sha2 is not None:
            field_dict["sha2"] = self.sha2

        if self.media_key is not None:
            field_dict["mediaKey"] = self.media_key

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _uploaded_at_value = UNSET if self.uploaded_at is None else self.uploaded_at
        uploaded_at: None | str | Unset
        if isinstance(_uploaded_at_value, Unset):
            uploaded_at = UNSET
        elif isinstance(_uploaded_at_value, datetime.datetime):
            uploaded_at = api_datetime(_uploaded_at_value)
        else:
            uploaded_at = _uploaded_at_value
        if uploaded_at is not UNSET:
            field_dict["uploadedAt"] = uploaded_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        chat = d.pop("chat", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: ChatFileStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ChatFileStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:

            def _parse_caption(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            caption = _parse_caption(d.get("caption", UNSET))

        except LENIENT:
            caption = UNSET
        else:
            d.pop("caption", None)

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

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        try:

            def _parse_uploaded_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    uploaded_at_type_0 = datetime.datetime.fromisoformat(data)

                    return uploaded_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            uploaded_at = _parse_uploaded_at(d.get("uploadedAt", UNSET))

        except LENIENT:
            uploaded_at = UNSET
        else:
            d.pop("uploadedAt", None)

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
            _meta = d.get("meta", UNSET)
            meta: ChatFileMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ChatFileMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        try:
            _preview = d.get("preview", UNSET)
            preview: ChatFilePreview | Unset
            if isinstance(_preview, Unset):
                preview = UNSET
            else:
                preview = ChatFilePreview.from_dict(_preview)

        except LENIENT:
            preview = UNSET
        else:
            d.pop("preview", None)

        chat_file = cls(
            message=None if isinstance(message, Unset) else message,
            chat=None if isinstance(chat, Unset) else chat,
            status=None if isinstance(status, Unset) else status,
            caption=None if isinstance(caption, Unset) else caption,
            error=None if isinstance(error, Unset) else error,
            error_code=None if isinstance(error_code, Unset) else error_code,
            kind=None if isinstance(kind, Unset) else kind,
            size=None if isinstance(size, Unset) else size,
            mime=None if isinstance(mime, Unset) else mime,
            extension=None if isinstance(extension, Unset) else extension,
            format_=None if isinstance(format_, Unset) else format_,
            filename=None if isinstance(filename, Unset) else filename,
            sha2=None if isinstance(sha2, Unset) else sha2,
            media_key=None if isinstance(media_key, Unset) else media_key,
            created_at=None if isinstance(created_at, Unset) else created_at,
            uploaded_at=None if isinstance(uploaded_at, Unset) else uploaded_at,
            deleted_at=None if isinstance(deleted_at, Unset) else deleted_at,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            meta=None if isinstance(meta, Unset) else meta,
            preview=None if isinstance(preview, Unset) else preview,
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
