from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_permissions_mode import ChatPermissionsMode
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class ChatPermissions(ApiModel):
    """
    Attributes:
        active (bool | None)
        mode (ChatPermissionsMode | None)
        updated_by (str | None)
        updated_at (datetime.datetime | None)
    """

    active: bool | None = None
    mode: ChatPermissionsMode | None = None
    updated_by: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatPermissions._api_fields = {
    "active": ("active", None),
    "mode": ("mode", member(ChatPermissionsMode)),
    "updatedBy": ("updated_by", None),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
}
