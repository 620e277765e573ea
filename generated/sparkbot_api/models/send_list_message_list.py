from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendListMessageList")


@_attrs_define
class SendListMessageList:
    """The list: its text, the button that opens it, and sections of rows.

    Attributes:
        description (str)
        button (str)
        sections (list[SendListMessageListSectionsItem])
        title (str | None)
        footer (str | None)
    """

    description: str
    button: str
    sections: list[SendListMessageListSectionsItem]
    title: str | None = None
    footer: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.description is not None:  # a reply may lack even a required field
            description = self.description
            field_dict["description"] = description

        if self.button is not None:  # a reply may lack even a required field
            button = self.button
            field_dict["button"] = button

        if self.sections is not None:  # a reply may lack even a required field
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

            field_dict["sections"] = sections

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        _footer_value = UNSET if self.footer is None else self.footer
        footer = _footer_value
        if footer is not UNSET:
            field_dict["footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        button = d.pop("button", UNSET)

        sections: list[SendListMessageListSectionsItem] | Unset
        try:
            sections = []
            _sections = d["sections"]
            for sections_item_data in _sections:
                sections_item = SendListMessageListSectionsItem.from_dict(sections_item_data)

                sections.append(sections_item)

        except LENIENT:
            sections = UNSET
        else:
            d.pop("sections", None)

        title = d.pop("title", UNSET)

        footer = d.pop("footer", UNSET)

        send_list_message_list = cls(
            description=cast(Any, None) if isinstance(description, Unset) else description,
            button=cast(Any, None) if isinstance(button, Unset) else button,
            sections=cast(Any, None) if isinstance(sections, Unset) else sections,
            title=None if isinstance(title, Unset) else title,
            footer=None if isinstance(footer, Unset) else footer,
        )

        send_list_message_list.additional_properties = d
        return send_list_message_list

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


from ..models.send_list_message_list_sections_item import SendListMessageListSectionsItem  # noqa: E402
