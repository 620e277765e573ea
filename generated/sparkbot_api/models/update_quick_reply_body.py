from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateQuickReplyBody")


@_attrs_define
class UpdateQuickReplyBody:
    """
    Attributes:
        shortcut (str): Shortcut.
        message (str): Message.
        permission (Permission | Unset):
        file (bool | Unset): Include Media File.
        keywords (list[str] | Unset): Keywords.
        id (str | Unset): Quick Reply ID.
    """

    shortcut: str
    message: str
    permission: Permission | Unset = UNSET
    file: bool | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        shortcut = self.shortcut

        message = self.message

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        file = self.file

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortcut": shortcut,
                "message": message,
            }
        )
        if permission is not UNSET:
            field_dict["permission"] = permission
        if file is not UNSET:
            field_dict["file"] = file
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shortcut = d.pop("shortcut")

        message = d.pop("message")

        _permission = d.pop("permission", UNSET)
        permission: Permission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = Permission(_permission)

        file = d.pop("file", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        id = d.pop("id", UNSET)

        update_quick_reply_body = cls(
            shortcut=shortcut,
            message=message,
            permission=permission,
            file=file,
            keywords=keywords,
            id=id,
        )

        update_quick_reply_body.additional_properties = d
        return update_quick_reply_body

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
