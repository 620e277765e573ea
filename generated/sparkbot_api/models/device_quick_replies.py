from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class DeviceQuickReplies(ApiModel):
    """
    Attributes:
        entries (list[QuickReply] | None)
    """

    entries: list[QuickReply] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.quick_reply import QuickReply  # noqa: E402

DeviceQuickReplies._api_fields = {
    "entries": ("entries", each(QuickReply.from_dict)),
}
