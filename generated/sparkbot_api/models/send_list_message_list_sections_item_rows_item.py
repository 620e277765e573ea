from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendListMessageListSectionsItemRowsItem")


@_attrs_define
class SendListMessageListSectionsItemRowsItem:
    """
    Attributes:
        title (str)
        id (str | None)
        description (str | None)
    """

    title: str
    id: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not None:  # a reply may lack even a required field
            title = self.title
            field_dict["title"] = title

        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        send_list_message_list_sections_item_rows_item = cls(
            title=cast(Any, None) if isinstance(title, Unset) else title,
            id=None if isinstance(id, Unset) else id,
            description=None if isinstance(description, Unset) else description,
        )

        send_list_message_list_sections_item_rows_item.additional_properties = d
        return send_list_message_list_sections_item_rows_item

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
