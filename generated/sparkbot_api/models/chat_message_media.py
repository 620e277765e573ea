from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_media_status import ChatMessageMediaStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageMedia")


@_attrs_define
class ChatMessageMedia:
    """
    Attributes:
        id (str | Unset): Media file ID.
        expires_at (datetime.datetime | Unset):
        status (ChatMessageMediaStatus | Unset):
        mime (str | Unset):
        encoding (str | Unset):
        size (int | Unset):
        format_ (str | Unset):
        caption (str | Unset):
        filename (str | Unset):
        filehash (str | Unset):
        meta (ChatMessageMediaMeta | Unset): Media metadata: width, height, duration, ... (free-form).
    """

    id: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    status: ChatMessageMediaStatus | Unset = UNSET
    mime: str | Unset = UNSET
    encoding: str | Unset = UNSET
    size: int | Unset = UNSET
    format_: str | Unset = UNSET
    caption: str | Unset = UNSET
    filename: str | Unset = UNSET
    filehash: str | Unset = UNSET
    meta: ChatMessageMediaMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        mime = self.mime

        encoding = self.encoding

        size = self.size

        format_ = self.format_

        caption = self.caption

        filename = self.filename

        filehash = self.filehash

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if status is not UNSET:
            field_dict["status"] = status
        if mime is not UNSET:
            field_dict["mime"] = mime
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if size is not UNSET:
            field_dict["size"] = size
        if format_ is not UNSET:
            field_dict["format"] = format_
        if caption is not UNSET:
            field_dict["caption"] = caption
        if filename is not UNSET:
            field_dict["filename"] = filename
        if filehash is not UNSET:
            field_dict["filehash"] = filehash
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _status = d.pop("status", UNSET)
        status: ChatMessageMediaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChatMessageMediaStatus(_status)

        mime = d.pop("mime", UNSET)

        encoding = d.pop("encoding", UNSET)

        size = d.pop("size", UNSET)

        format_ = d.pop("format", UNSET)

        caption = d.pop("caption", UNSET)

        filename = d.pop("filename", UNSET)

        filehash = d.pop("filehash", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ChatMessageMediaMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ChatMessageMediaMeta.from_dict(_meta)

        chat_message_media = cls(
            id=id,
            expires_at=expires_at,
            status=status,
            mime=mime,
            encoding=encoding,
            size=size,
            format_=format_,
            caption=caption,
            filename=filename,
            filehash=filehash,
            meta=meta,
        )

        chat_message_media.additional_properties = d
        return chat_message_media

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


from ..models.chat_message_media_meta import ChatMessageMediaMeta  # noqa: E402
