from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ChatStats(ApiModel):
    """
    Attributes:
        notes (int | None)
        local_messages (int | None)
        inbound_messages (int | None)
        outbound_messages (int | None)
    """

    notes: int | None = None
    local_messages: int | None = None
    inbound_messages: int | None = None
    outbound_messages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatStats._api_fields = {
    "notes": ("notes", None),
    "localMessages": ("local_messages", None),
    "inboundMessages": ("inbound_messages", None),
    "outboundMessages": ("outbound_messages", None),
}
