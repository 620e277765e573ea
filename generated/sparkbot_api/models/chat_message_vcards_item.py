from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageVcardsItem")


@_attrs_define
class ChatMessageVcardsItem:
    """
    Attributes:
        vcard (str | Unset):
        version (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        formatted_name (str | Unset):
        title (str | Unset):
    """

    vcard: str | Unset = UNSET
    version: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    formatted_name: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        vcard = self.vcard

        version = self.version

        first_name = self.first_name

        last_name = self.last_name

        formatted_name = self.formatted_name

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vcard is not UNSET:
            field_dict["vcard"] = vcard
        if version is not UNSET:
            field_dict["version"] = version
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if formatted_name is not UNSET:
            field_dict["formattedName"] = formatted_name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vcard = d.pop("vcard", UNSET)

        version = d.pop("version", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        formatted_name = d.pop("formattedName", UNSET)

        title = d.pop("title", UNSET)

        chat_message_vcards_item = cls(
            vcard=vcard,
            version=version,
            first_name=first_name,
            last_name=last_name,
            formatted_name=formatted_name,
            title=title,
        )

        chat_message_vcards_item.additional_properties = d
        return chat_message_vcards_item

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
