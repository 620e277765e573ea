from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_action_action import ChatActionAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class ChatAction(ApiModel):
    """A chat action run once the message is delivered.

    Attributes:
        action (ChatActionAction)
        params (ChatActionParams | None)
    """

    action: ChatActionAction
    params: ChatActionParams | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_action_params import ChatActionParams  # noqa: E402

ChatAction._api_fields = {
    "action": ("action", member(ChatActionAction)),
    "params": ("params", ChatActionParams.from_dict),
}
