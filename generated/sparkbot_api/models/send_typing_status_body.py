from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_typing_status_body_action import SendTypingStatusBodyAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class SendTypingStatusBody(ApiModel):
    """
    Attributes:
        action (SendTypingStatusBodyAction): Action. API default: typing.
        duration (int | None): Duration (seconds). API default: 2.
        chat (str | None): User Phone Number.
        group (str | None): Group ID.
    """

    action: SendTypingStatusBodyAction
    duration: int | None = None
    chat: str | None = None
    group: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SendTypingStatusBody._api_fields = {
    "action": ("action", member(SendTypingStatusBodyAction)),
    "duration": ("duration", None),
    "chat": ("chat", None),
    "group": ("group", None),
}
