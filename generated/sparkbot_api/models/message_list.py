from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MessageList")


@_attrs_define
class MessageList:
    """
    Attributes:
        description (str | None)
        title (str | None)
        footer (str | None)
        button (str | None)
    """

    description: str | None = None
    title: str | None = None
    footer: str | None = None
    button: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        _footer_value = UNSET if self.footer is None else self.footer
        footer = _footer_value
        if footer is not UNSET:
            field_dict["footer"] = footer

        _button_value = UNSET if self.button is None else self.button
        button = _button_value
        if button is not UNSET:
            field_dict["button"] = button

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        title = d.pop("title", UNSET)

        footer = d.pop("footer", UNSET)

        button = d.pop("button", UNSET)

        message_list = cls(
            description=None if isinstance(description, Unset) else description,
            title=None if isinstance(title, Unset) else title,
            footer=None if isinstance(footer, Unset) else footer,
            button=None if isinstance(button, Unset) else button,
        )

        message_list.additional_properties = d
        return message_list

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
