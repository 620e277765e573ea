from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_expiration import FileExpiration
from ..models.file_format import FileFormat
from ..models.permission import Permission
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UploadFileJsonBody")


@_attrs_define
class UploadFileJsonBody:
    """
    Attributes:
        url (str): File URL.
        filename (str | None): Filename.
        reference (str | None): Reference.
        format_ (FileFormat | None)
        expiration (FileExpiration | None)
        permission (Permission | None)
        tags (list[str] | None): Tags.
    """

    url: str
    filename: str | None = None
    reference: str | None = None
    format_: FileFormat | None = None
    expiration: FileExpiration | None = None
    permission: Permission | None = None
    tags: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not None:  # a reply may lack even a required field
            url = self.url
            field_dict["url"] = url

        _filename_value = UNSET if self.filename is None else self.filename
        filename = _filename_value
        if filename is not UNSET:
            field_dict["filename"] = filename

        _reference_value = UNSET if self.reference is None else self.reference
        reference = _reference_value
        if reference is not UNSET:
            field_dict["reference"] = reference

        _format__value = UNSET if self.format_ is None else self.format_
        format_: str | Unset = UNSET
        if not isinstance(_format__value, Unset):
            format_ = _format__value.value

        if format_ is not UNSET:
            field_dict["format"] = format_

        _expiration_value = UNSET if self.expiration is None else self.expiration
        expiration: str | Unset = UNSET
        if not isinstance(_expiration_value, Unset):
            expiration = _expiration_value.value

        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        _permission_value = UNSET if self.permission is None else self.permission
        permission: str | Unset = UNSET
        if not isinstance(_permission_value, Unset):
            permission = _permission_value.value

        if permission is not UNSET:
            field_dict["permission"] = permission

        _tags_value = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(_tags_value, Unset):
            tags = _tags_value

        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        filename = d.pop("filename", UNSET)

        reference = d.pop("reference", UNSET)

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
            _expiration = d.get("expiration", UNSET)
            expiration: FileExpiration | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = FileExpiration(_expiration)

        except LENIENT:
            expiration = UNSET
        else:
            d.pop("expiration", None)

        try:
            _permission = d.get("permission", UNSET)
            permission: Permission | Unset
            if isinstance(_permission, Unset):
                permission = UNSET
            else:
                permission = Permission(_permission)

        except LENIENT:
            permission = UNSET
        else:
            d.pop("permission", None)

        tags = cast(list[str], d.pop("tags", UNSET))

        upload_file_json_body = cls(
            url=cast(Any, None) if isinstance(url, Unset) else url,
            filename=None if isinstance(filename, Unset) else filename,
            reference=None if isinstance(reference, Unset) else reference,
            format_=None if isinstance(format_, Unset) else format_,
            expiration=None if isinstance(expiration, Unset) else expiration,
            permission=None if isinstance(permission, Unset) else permission,
            tags=None if isinstance(tags, Unset) else tags,
        )

        upload_file_json_body.additional_properties = d
        return upload_file_json_body

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
