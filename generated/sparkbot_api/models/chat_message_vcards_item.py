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
        vcard (str | None)
        version (str | None)
        first_name (str | None)
        last_name (str | None)
        formatted_name (str | None)
        title (str | None)
    """

    vcard: str | None = None
    version: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    formatted_name: str | None = None
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _vcard_value = UNSET if self.vcard is None else self.vcard
        vcard = _vcard_value
        if vcard is not UNSET:
            field_dict["vcard"] = vcard

        _version_value = UNSET if self.version is None else self.version
        version = _version_value
        if version is not UNSET:
            field_dict["version"] = version

        _first_name_value = UNSET if self.first_name is None else self.first_name
        first_name = _first_name_value
        if first_name is not UNSET:
            field_dict["firstName"] = first_name

        _last_name_value = UNSET if self.last_name is None else self.last_name
        last_name = _last_name_value
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        _formatted_name_value = UNSET if self.formatted_name is None else self.formatted_name
        formatted_name = _formatted_name_value
        if formatted_name is not UNSET:
            field_dict["formattedName"] = formatted_name

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
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
            vcard=None if isinstance(vcard, Unset) else vcard,
            version=None if isinstance(version, Unset) else version,
            first_name=None if isinstance(first_name, Unset) else first_name,
            last_name=None if isinstance(last_name, Unset) else last_name,
            formatted_name=None if isinstance(formatted_name, Unset) else formatted_name,
            title=None if isinstance(title, Unset) else title,
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
