from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_reply_scope import QuickReplyScope
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class QuickReply(ApiModel):
    """Quick reply.

    Attributes:
        id (str | None): Quick reply ID (not in the Swagger; PATCH /quickReplies selects by id).
        shortcut (str | None)
        message (str | None)
        scope (QuickReplyScope | None)
        active (bool | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
    """

    id: str | None = None
    shortcut: str | None = None
    message: str | None = None
    scope: QuickReplyScope | None = None
    active: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


QuickReply._api_fields = {
    "id": ("id", None),
    "shortcut": ("shortcut", None),
    "message": ("message", None),
    "scope": ("scope", member(QuickReplyScope)),
    "active": ("active", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
}
