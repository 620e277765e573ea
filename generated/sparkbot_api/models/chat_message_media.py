from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_media_status import ChatMessageMediaStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMessageMedia")


@_attrs_define
class ChatMessageMedia:
    """
    Attributes:
        id (str | None): Media file ID.
        expires_at (datetime.datetime | None)
        status (ChatMessageMediaStatus | None)
        mime (str | None)
        encoding (str | None)
        size (int | None)
        format_ (str | None)
        caption (str | None)
        filename (str | None)
        filehash (str | None)
        meta (ChatMessageMediaMeta | None): Media metadata: width, height, duration, ... (free-form).
    """

    id: str | None = None
    expires_at: datetime.datetime | None = None
    status: ChatMessageMediaStatus | None = None
    mime: str | None = None
    encoding: str | None = None
    size: int | None = None
    format_: str | None = None
    caption: str | None = None
    filename: str | None = None
    filehash: str | None = None
    meta: ChatMessageMediaMeta | None = None
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

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        if self.mime is not None:
            field_dict["mime"] = self.mime

        if self.encoding is not None:
            field_dict["encoding"] = self.encoding

        if self.size is not None:
            field_dict["size"] = self.size

        if self.format_ is not None:
            field_dict["format"] = self.format_

        if self.caption is not None:
            field_dict["caption"] = self.caption

        if self.filename is not None:
            field_dict["filename"] = self.filename

        if self.filehash is not None:
            field_dict["filehash"] = self.filehash

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

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
            _status = d.get("status", UNSET)
            status: ChatMessageMediaStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ChatMessageMediaStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        mime = d.pop("mime", UNSET)

        encoding = d.pop("encoding", UNSET)

        size = d.pop("size", UNSET)

        format_ = d.pop("format", UNSET)

        caption = d.pop("caption", UNSET)

        filename = d.pop("filename", UNSET)

        filehash = d.pop("filehash", UNSET)

        try:
            _meta = d.get("meta", UNSET)
            meta: ChatMessageMediaMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ChatMessageMediaMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        chat_message_media = cls(
            id=None if isinstance(id, Unset) else id,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            status=None if isinstance(status, Unset) else status,
            mime=None if isinstance(mime, Unset) else mime,
            encoding=None if isinstance(encoding, Unset) else encoding,
            size=None if isinstance(size, Unset) else size,
            format_=None if isinstance(format_, Unset) else format_,
            caption=None if isinstance(caption, Unset) else caption,
            filename=None if isinstance(filename, Unset) else filename,
            filehash=None if isinstance(filehash, Unset) else filehash,
            meta=None if isinstance(meta, Unset) else meta,
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
