from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatMeta(ApiModel):
    """Chat flags.

    Attributes:
        unread_count (int | None)
        unread_count_at (datetime.datetime | None)
        is_unread (bool | None)
        unread_at (datetime.datetime | None)
        is_user_initiated (bool | None)
        can_send (bool | None)
        is_favorite (bool | None)
        is_pinned (bool | None)
        is_chat_pinned (bool | None)
        is_read_only (bool | None)
        is_archived (bool | None)
        is_locked (bool | None)
        is_password_protected (bool | None)
        mute_expiration (int | None)
        is_chat_muted (bool | None)
        is_spam (bool | None)
        modify_tag (int | None)
        ephemeral (int | None)
        has_older_messages (bool | None)
        is_phone_hidden (bool | None)
    """

    unread_count: int | None = None
    unread_count_at: datetime.datetime | None = None
    is_unread: bool | None = None
    unread_at: datetime.datetime | None = None
    is_user_initiated: bool | None = None
    can_send: bool | None = None
    is_favorite: bool | None = None
    is_pinned: bool | None = None
    is_chat_pinned: bool | None = None
    is_read_only: bool | None = None
    is_archived: bool | None = None
    is_locked: bool | None = None
    is_password_protected: bool | None = None
    mute_expiration: int | None = None
    is_chat_muted: bool | None = None
    is_spam: bool | None = None
    modify_tag: int | None = None
    ephemeral: int | None = None
    has_older_messages: bool | None = None
    is_phone_hidden: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMeta._api_fields = {
    "unreadCount": ("unread_count", None),
    "unreadCountAt": ("unread_count_at", nullable(datetime.datetime.fromisoformat)),
    "isUnread": ("is_unread", None),
    "unreadAt": ("unread_at", nullable(datetime.datetime.fromisoformat)),
    "isUserInitiated": ("is_user_initiated", None),
    "canSend": ("can_send", None),
    "isFavorite": ("is_favorite", None),
    "isPinned": ("is_pinned", None),
    "isChatPinned": ("is_chat_pinned", None),
    "isReadOnly": ("is_read_only", None),
    "isArchived": ("is_archived", None),
    "isLocked": ("is_locked", None),
    "isPasswordProtected": ("is_password_protected", None),
    "muteExpiration": ("mute_expiration", None),
    "isChatMuted": ("is_chat_muted", None),
    "isSpam": ("is_spam", None),
    "modifyTag": ("modify_tag", None),
    "ephemeral": ("ephemeral", None),
    "hasOlderMessages": ("has_older_messages", None),
    "isPhoneHidden": ("is_phone_hidden", None),
}
