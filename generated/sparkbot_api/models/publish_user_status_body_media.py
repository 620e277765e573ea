from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_media_format import PublishUserStatusBodyMediaFormat
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PublishUserStatusBodyMedia")


@_attrs_define
class PublishUserStatusBodyMedia:
    """
    Attributes:
        url (str | Unset): File URL.
        file (str | Unset): File ID.
        message (str | Unset): Caption.
        filename (str | Unset): File Name.
        format_ (PublishUserStatusBodyMediaFormat | Unset): Format. API default: native.
    """

    url: str | Unset = UNSET
    file: str | Unset = UNSET
    message: str | Unset = UNSET
    filename: str | Unset = UNSET
    format_: PublishUserStatusBodyMediaFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        file = self.file

        message = self.message

        filename = self.filename

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if file is not UNSET:
            field_dict["file"] = file
        if message is not UNSET:
            field_dict["message"] = message
        if filename is not UNSET:
            field_dict["filename"] = filename
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        file = d.pop("file", UNSET)

        message = d.pop("message", UNSET)

        filename = d.pop("filename", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: PublishUserStatusBodyMediaFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = PublishUserStatusBodyMediaFormat(_format_)

        publish_user_status_body_media = cls(
            url=url,
            file=file,
            message=message,
            filename=filename,
            format_=format_,
        )

        publish_user_status_body_media.additional_properties = d
        return publish_user_status_body_media

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
