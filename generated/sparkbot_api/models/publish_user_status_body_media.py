from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_user_status_body_media_format import PublishUserStatusBodyMediaFormat
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="PublishUserStatusBodyMedia")


@_attrs_define
class PublishUserStatusBodyMedia:
    """
    Attributes:
        url (str | None): File URL.
        file (str | None): File ID.
        message (str | None): Caption.
        filename (str | None): File Name.
        format_ (PublishUserStatusBodyMediaFormat | None): Format. API default: native.
    """

    url: str | None = None
    file: str | None = None
    message: str | None = None
    filename: str | None = None
    format_: PublishUserStatusBodyMediaFormat | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _url_value = UNSET if self.url is None else self.url
        url = _url_value
        if url is not UNSET:
            field_dict["url"] = url

        _file_value = UNSET if self.file is None else self.file
        file = _file_value
        if file is not UNSET:
            field_dict["file"] = file

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _filename_value = UNSET if self.filename is None else self.filename
        filename = _filename_value
        if filename is not UNSET:
            field_dict["filename"] = filename

        _format__value = UNSET if self.format_ is None else self.format_
        format_: str | Unset = UNSET
        if not isinstance(_format__value, Unset):
            format_ = _format__value.value

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

        try:
            _format_ = d.get("format", UNSET)
            format_: PublishUserStatusBodyMediaFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = PublishUserStatusBodyMediaFormat(_format_)

        except LENIENT:
            format_ = UNSET
        else:
            d.pop("format", None)

        publish_user_status_body_media = cls(
            url=None if isinstance(url, Unset) else url,
            file=None if isinstance(file, Unset) else file,
            message=None if isinstance(message, Unset) else message,
            filename=None if isinstance(filename, Unset) else filename,
            format_=None if isinstance(format_, Unset) else format_,
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
