from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_chat_status_body_status import SetChatStatusBodyStatus
from ..types import ApiModel, compact_repr, member


@_attrs_define
class SetChatStatusBody(ApiModel):
    """
    Attributes:
        status (SetChatStatusBodyStatus): Status. API default: active.
    """

    status: SetChatStatusBodyStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SetChatStatusBody._api_fields = {
    "status": ("status", member(SetChatStatusBodyStatus)),
}
