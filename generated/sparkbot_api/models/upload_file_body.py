from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_expiration import FileExpiration
from ..models.file_format import FileFormat
from ..models.permission import Permission
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UploadFileBody")


@_attrs_define
class UploadFileBody:
    """
    Attributes:
        url (str | Unset): File URL.
        filename (str | Unset): Filename.
        reference (str | Unset): Reference.
        format_ (FileFormat | Unset):
        expiration (FileExpiration | Unset):
        permission (Permission | Unset):
        tags (list[str] | Unset): Tags.
    """

    url: str | Unset = UNSET
    filename: str | Unset = UNSET
    reference: str | Unset = UNSET
    format_: FileFormat | Unset = UNSET
    expiration: FileExpiration | Unset = UNSET
    permission: Permission | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        reference = self.reference

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.value

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if reference is not UNSET:
            field_dict["reference"] = reference
        if format_ is not UNSET:
            field_dict["format"] = format_
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if permission is not UNSET:
            field_dict["permission"] = permission
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        filename = d.pop("filename", UNSET)

        reference = d.pop("reference", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: FileFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = FileFormat(_format_)

        _expiration = d.pop("expiration", UNSET)
        expiration: FileExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = FileExpiration(_expiration)

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission(_permission)

        tags = cast(list[str], d.pop("tags", UNSET))

        upload_file_body = cls(
            url=url,
            filename=filename,
            reference=reference,
            format_=format_,
            expiration=expiration,
            permission=permission,
            tags=tags,
        )

        upload_file_body.additional_properties = d
        return upload_file_body

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
