from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_chat_action import BulkChatAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class BulkUpdateChatsBody(ApiModel):
    """
    Attributes:
        action (BulkChatAction)
        chats (list[str] | None): Chat IDs/Phone Numbers.
        params (BulkUpdateChatsBodyParams | None)
    """

    action: BulkChatAction
    chats: list[str] | None = None
    params: BulkUpdateChatsBodyParams | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.bulk_update_chats_body_params import BulkUpdateChatsBodyParams  # noqa: E402

BulkUpdateChatsBody._api_fields = {
    "action": ("action", member(BulkChatAction)),
    "chats": ("chats", None),
    "params": ("params", BulkUpdateChatsBodyParams.from_dict),
}
