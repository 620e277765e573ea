from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateQuickReplyBody")


@_attrs_define
class CreateQuickReplyBody:
    """
    Attributes:
        shortcut (str): Shortcut.
        message (str): Message.
        permission (Permission | None)
        file (bool | None): Include Media File.
        keywords (list[str] | None): Keywords.
    """

    shortcut: str
    message: str
    permission: Permission | None = None
    file: bool | None = None
    keywords: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.shortcut is not None:  # a reply may lack even a required field
            shortcut = self.shortcut
            field_dict["shortcut"] = shortcut

        if self.message is not None:  # a reply may lack even a required field
            message = self.message
            field_dict["message"] = message

        _permission_value = UNSET if self.permission is None else self.permission
        permission: str | Unset = UNSET
        if not isinstance(_permission_value, Unset):
            permission = _permission_value.value

        if permission is not UNSET:
            field_dict["permission"] = permission

        _file_value = UNSET if self.file is None else self.file
        file = _file_value
        if file is not UNSET:
            field_dict["file"] = file

        _keywords_value = UNSET if self.keywords is None else self.keywords
        keywords: list[str] | Unset = UNSET
        if not isinstance(_keywords_value, Unset):
            keywords = _keywords_value

        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shortcut = d.pop("shortcut", UNSET)

        message = d.pop("message", UNSET)

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

        file = d.pop("file", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        create_quick_reply_body = cls(
            shortcut=cast(Any, None) if isinstance(shortcut, Unset) else shortcut,
            message=cast(Any, None) if isinstance(message, Unset) else message,
            permission=None if isinstance(permission, Unset) else permission,
            file=None if isinstance(file, Unset) else file,
            keywords=None if isinstance(keywords, Unset) else keywords,
        )

        create_quick_reply_body.additional_properties = d
        return create_quick_reply_body

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
