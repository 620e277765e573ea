from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatMessagePoll(ApiModel):
    """
    Attributes:
        name (str | None)
        last_vote_at (datetime.datetime | None)
        last_voter (str | None)
        count (int | None)
        participants (int | None)
        invalidated (bool | None)
        expired (bool | None)
        max_ (int | None)
    """

    name: str | None = None
    last_vote_at: datetime.datetime | None = None
    last_voter: str | None = None
    count: int | None = None
    participants: int | None = None
    invalidated: bool | None = None
    expired: bool | None = None
    max_: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessagePoll._api_fields = {
    "name": ("name", None),
    "lastVoteAt": ("last_vote_at", nullable(datetime.datetime.fromisoformat)),
    "lastVoter": ("last_voter", None),
    "count": ("count", None),
    "participants": ("participants", None),
    "invalidated": ("invalidated", None),
    "expired": ("expired", None),
    "max": ("max_", None),
}
