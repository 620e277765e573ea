from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_media_format import MessageMediaFormat
from ..models.message_media_kind import MessageMediaKind
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageMedia")


@_attrs_define
class MessageMedia:
    """
    Attributes:
        file (str | None): File ID.
        filename (str | None)
        kind (MessageMediaKind | None)
        format_ (MessageMediaFormat | None)
        view_once (bool | None)
    """

    file: str | None = None
    filename: str | None = None
    kind: MessageMediaKind | None = None
    format_: MessageMediaFormat | None = None
    view_once: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _file_value = UNSET if self.file is None else self.file
        file = _file_value
        if file is not UNSET:
            field_dict["file"] = file

        _filename_value = UNSET if self.filename is None else self.filename
        filename = _filename_value
        if filename is not UNSET:
            field_dict["filename"] = filename

        _kind_value = UNSET if self.kind is None else self.kind
        kind: str | Unset = UNSET
        if not isinstance(_kind_value, Unset):
            kind = _kind_value.value

        if kind is not UNSET:
            field_dict["kind"] = kind

        _format__value = UNSET if self.format_ is None else self.format_
        format_: str | Unset = UNSET
        if not isinstance(_format__value, Unset):
            format_ = _format__value.value

        if format_ is not UNSET:
            field_dict["format"] = format_

        _view_once_value = UNSET if self.view_once is None else self.view_once
        view_once = _view_once_value
        if view_once is not UNSET:
            field_dict["viewOnce"] = view_once

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file", UNSET)

        filename = d.pop("filename", UNSET)

        try:
            _kind = d.get("kind", UNSET)
            kind: MessageMediaKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                kind = MessageMediaKind(_kind)

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        try:
            _format_ = d.get("format", UNSET)
            format_: MessageMediaFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = MessageMediaFormat(_format_)

        except LENIENT:
            format_ = UNSET
        else:
            d.pop("format", None)

        view_once = d.pop("viewOnce", UNSET)

        message_media = cls(
            file=None if isinstance(file, Unset) else file,
            filename=None if isinstance(filename, Unset) else filename,
            kind=None if isinstance(kind, Unset) else kind,
            format_=None if isinstance(format_, Unset) else format_,
            view_once=None if isinstance(view_once, Unset) else view_once,
        )

        message_media.additional_properties = d
        return message_media

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
