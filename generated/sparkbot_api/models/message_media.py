from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_media_format import MessageMediaFormat
from ..models.message_media_kind import MessageMediaKind
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageMedia")


@_attrs_define
class MessageMedia:
    """
    Attributes:
        file (str | Unset): File ID.
        filename (str | Unset):
        kind (MessageMediaKind | Unset):
        format_ (MessageMediaFormat | Unset):
        view_once (bool | Unset):
    """

    file: str | Unset = UNSET
    filename: str | Unset = UNSET
    kind: MessageMediaKind | Unset = UNSET
    format_: MessageMediaFormat | Unset = UNSET
    view_once: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        filename = self.filename

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        view_once = self.view_once

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if filename is not UNSET:
            field_dict["filename"] = filename
        if kind is not UNSET:
            field_dict["kind"] = kind
        if format_ is not UNSET:
            field_dict["format"] = format_
        if view_once is not UNSET:
            field_dict["viewOnce"] = view_once

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file", UNSET)

        filename = d.pop("filename", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: MessageMediaKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = MessageMediaKind(_kind)

        _format_ = d.pop("format", UNSET)
        format_: MessageMediaFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = MessageMediaFormat(_format_)

        view_once = d.pop("viewOnce", UNSET)

        message_media = cls(
            file=file,
            filename=filename,
            kind=kind,
            format_=format_,
            view_once=view_once,
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
