from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class SendListMessageListSectionsItem(ApiModel):
    """
    Attributes:
        rows (list[SendListMessageListSectionsItemRowsItem])
        title (str | None)
    """

    rows: list[SendListMessageListSectionsItemRowsItem]
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.send_list_message_list_sections_item_rows_item import SendListMessageListSectionsItemRowsItem  # noqa: E402

SendListMessageListSectionsItem._api_fields = {
    "rows": ("rows", each(SendListMessageListSectionsItemRowsItem.from_dict)),
    "title": ("title", None),
}
