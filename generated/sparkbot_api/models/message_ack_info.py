from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class MessageAckInfo(ApiModel):
    """Delivery/read info of a message per participant (shape inferred, not documented).

    Attributes:
        wid (str | None): WhatsApp message ID.
        ack (str | None)
        participants (list[MessageAckInfoParticipantsItem] | None)
    """

    wid: str | None = None
    ack: str | None = None
    participants: list[MessageAckInfoParticipantsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.message_ack_info_participants_item import MessageAckInfoParticipantsItem  # noqa: E402

MessageAckInfo._api_fields = {
    "wid": ("wid", None),
    "ack": ("ack", None),
    "participants": ("participants", each(MessageAckInfoParticipantsItem.from_dict)),
}
