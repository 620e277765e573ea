from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_status import ChatStatus
from ..models.chat_wa_status import ChatWaStatus
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class Chat(ApiModel):
    """Chat (user, group or channel conversation).

    Attributes:
        id (str | None): Chat or message id (what the API keys items by).
        wid (str | None): Chat WhatsApp ID.
        lid (str | None)
        name (str | None)
        kind (str | None): Chat kind: chat, group, channel, ...
        status (ChatStatus | None)
        wa_status (ChatWaStatus | None)
        status_updated_at (datetime.datetime | None)
        status_updated_by (str | None): User ID.
        prev_status_updated_at (datetime.datetime | None)
        date (datetime.datetime | None)
        expires_at (datetime.datetime | None)
        first_message_at (datetime.datetime | None)
        last_message_at (datetime.datetime | None)
        last_reaction_at (datetime.datetime | None)
        last_reaction_emoji (str | None)
        last_reaction_author (str | None)
        last_note_at (datetime.datetime | None)
        last_auto_reply_at (datetime.datetime | None)
        last_message (ChatLastMessage | None): Latest message (free-form).
        contact (ChatContact | None): Chat contact (free-form).
        owner (ChatOwner | None): Assignment (agent and department) data.
        stats (ChatStats | None)
        meta (ChatMeta | None): Chat flags.
        channel (ChatChannel | None): Channel details (channel chats).
        group (ChatGroup | None): Group details (group chats).
        permissions (ChatPermissions | None)
    """

    id: str | None = None
    wid: str | None = None
    lid: str | None = None
    name: str | None = None
    kind: str | None = None
    status: ChatStatus | None = None
    wa_status: ChatWaStatus | None = None
    status_updated_at: datetime.datetime | None = None
    status_updated_by: str | None = None
    prev_status_updated_at: datetime.datetime | None = None
    date: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    first_message_at: datetime.datetime | None = None
    last_message_at: datetime.datetime | None = None
    last_reaction_at: datetime.datetime | None = None
    last_reaction_emoji: str | None = None
    last_reaction_author: str | None = None
    last_note_at: datetime.datetime | None = None
    last_auto_reply_at: datetime.datetime | None = None
    last_message: ChatLastMessage | None = None
    contact: ChatContact | None = None
    owner: ChatOwner | None = None
    stats: ChatStats | None = None
    meta: ChatMeta | None = None
    channel: ChatChannel | None = None
    group: ChatGroup | None = None
    permissions: ChatPermissions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.chat_channel import ChatChannel  # noqa: E402
from ..models.chat_contact import ChatContact  # noqa: E402
from ..models.chat_group import ChatGroup  # noqa: E402
from ..models.chat_last_message import ChatLastMessage  # noqa: E402
from ..models.chat_meta import ChatMeta  # noqa: E402
from ..models.chat_owner import ChatOwner  # noqa: E402
from ..models.chat_permissions import ChatPermissions  # noqa: E402
from ..models.chat_stats import ChatStats  # noqa: E402

Chat._api_fields = {
    "id": ("id", None),
    "wid": ("wid", None),
    "lid": ("lid", None),
    "name": ("name", None),
    "kind": ("kind", None),
    "status": ("status", member(ChatStatus)),
    "waStatus": ("wa_status", member(ChatWaStatus)),
    "statusUpdatedAt": ("status_updated_at", nullable(datetime.datetime.fromisoformat)),
    "statusUpdatedBy": ("status_updated_by", None),
    "prevStatusUpdatedAt": ("prev_status_updated_at", nullable(datetime.datetime.fromisoformat)),
    "date": ("date", nullable(datetime.datetime.fromisoformat)),
    "expiresAt": ("expires_at", nullable(datetime.datetime.fromisoformat)),
    "firstMessageAt": ("first_message_at", nullable(datetime.datetime.fromisoformat)),
    "lastMessageAt": ("last_message_at", nullable(datetime.datetime.fromisoformat)),
    "lastReactionAt": ("last_reaction_at", nullable(datetime.datetime.fromisoformat)),
    "lastReactionEmoji": ("last_reaction_emoji", None),
    "lastReactionAuthor": ("last_reaction_author", None),
    "lastNoteAt": ("last_note_at", nullable(datetime.datetime.fromisoformat)),
    "lastAutoReplyAt": ("last_auto_reply_at", nullable(datetime.datetime.fromisoformat)),
    "lastMessage": ("last_message", ChatLastMessage.from_dict),
    "contact": ("contact", ChatContact.from_dict),
    "owner": ("owner", ChatOwner.from_dict),
    "stats": ("stats", ChatStats.from_dict),
    "meta": ("meta", ChatMeta.from_dict),
    "channel": ("channel", ChatChannel.from_dict),
    "group": ("group", ChatGroup.from_dict),
    "permissions": ("permissions", ChatPermissions.from_dict),
}
