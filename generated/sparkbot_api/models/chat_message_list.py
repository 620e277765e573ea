from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageList")


@_attrs_define
class ChatMessageList:
    """
    Attributes:
        kind (str | Unset):
        description (str | Unset):
        title (str | Unset):
        footer (str | Unset):
        button (str | Unset):
    """

    kind: str | Unset = UNSET
    description: str | Unset = UNSET
    title: str | Unset = UNSET
    footer: str | Unset = UNSET
    button: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        description = self.description

        title = self.title

        footer = self.footer

        button = self.button

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if footer is not UNSET:
            field_dict["footer"] = footer
        if button is not UNSET:
            field_dict["button"] = button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        footer = d.pop("footer", UNSET)

        button = d.pop("button", UNSET)

        chat_message_list = cls(
            kind=kind,
            description=description,
            title=title,
            footer=footer,
            button=button,
        )

        chat_message_list.additional_properties = d
        return chat_message_list

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
