from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="SendListMessageListSectionsItem")


@_attrs_define
class SendListMessageListSectionsItem:
    """
    Attributes:
        rows (list[SendListMessageListSectionsItemRowsItem])
        title (str | None)
    """

    rows: list[SendListMessageListSectionsItemRowsItem]
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
        if self.rows is not None:  # a reply may lack even a required field
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

            field_dict["rows"] = rows

        _title_value = UNSET if self.title is None else self.title
        title = _title_value
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rows: list[SendListMessageListSectionsItemRowsItem] | Unset
        try:
            rows = []
            _rows = d["rows"]
            for rows_item_data in _rows:
                rows_item = SendListMessageListSectionsItemRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        except LENIENT:
            rows = UNSET
        else:
            d.pop("rows", None)

        title = d.pop("title", UNSET)

        send_list_message_list_sections_item = cls(
            rows=cast(Any, None) if isinstance(rows, Unset) else rows,
            title=None if isinstance(title, Unset) else title,
        )

        send_list_message_list_sections_item.additional_properties = d
        return send_list_message_list_sections_item

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


from ..models.send_list_message_list_sections_item_rows_item import SendListMessageListSectionsItemRowsItem  # noqa: E402
