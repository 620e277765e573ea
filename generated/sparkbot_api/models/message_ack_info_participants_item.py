from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageAckInfoParticipantsItem(ApiModel):
    """
    Attributes:
        wid (str | None)
        phone (str | None)
        ack (str | None)
        delivered_at (datetime.datetime | None)
        read_at (datetime.datetime | None)
        played_at (datetime.datetime | None)
    """

    wid: str | None = None
    phone: str | None = None
    ack: str | None = None
    delivered_at: datetime.datetime | None = None
    read_at: datetime.datetime | None = None
    played_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageAckInfoParticipantsItem._api_fields = {
    "wid": ("wid", None),
    "phone": ("phone", None),
    "ack": ("ack", None),
    "deliveredAt": ("delivered_at", datetime.datetime.fromisoformat),
    "readAt": ("read_at", datetime.datetime.fromisoformat),
    "playedAt": ("played_at", datetime.datetime.fromisoformat),
}
