from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class SendListMessageList(ApiModel):
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


from ..models.send_list_message_list_sections_item import SendListMessageListSectionsItem  # noqa: E402

SendListMessageList._api_fields = {
    "description": ("description", None),
    "button": ("button", None),
    "sections": ("sections", each(SendListMessageListSectionsItem.from_dict)),
    "title": ("title", None),
    "footer": ("footer", None),
}
