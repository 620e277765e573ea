from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_meta_source import ChatMessageMetaSource
from ..models.chat_message_meta_via import ChatMessageMetaVia
from ..types import ApiModel, compact_repr, member


@_attrs_define
class ChatMessageMeta(ApiModel):
    """Message flags.

    Attributes:
        rtl (bool | None)
        contains_emoji (bool | None)
        is_gif (bool | None)
        is_failed (bool | None)
        is_star (bool | None)
        is_edited (bool | None)
        is_group (bool | None)
        is_forwarded (bool | None)
        is_ephemeral (bool | None)
        ephemeral_duration (int | None)
        is_notification (bool | None)
        notify_name (str | None)
        is_live (bool | None)
        is_broadcast (bool | None)
        is_channel (bool | None)
        is_biz_notification (bool | None)
        is_doc (bool | None)
        is_link_preview (bool | None)
        is_psa (bool | None)
        is_revoked (bool | None)
        is_unread_type (bool | None)
        selected_button_id (str | None)
        selected_list_id (str | None)
        source (ChatMessageMetaSource | None)
        via (ChatMessageMetaVia | None)
        auto_reply (str | None)
        is_first_message (bool | None)
        color (str | None)
        font (str | None)
    """

    rtl: bool | None = None
    contains_emoji: bool | None = None
    is_gif: bool | None = None
    is_failed: bool | None = None
    is_star: bool | None = None
    is_edited: bool | None = None
    is_group: bool | None = None
    is_forwarded: bool | None = None
    is_ephemeral: bool | None = None
    ephemeral_duration: int | None = None
    is_notification: bool | None = None
    notify_name: str | None = None
    is_live: bool | None = None
    is_broadcast: bool | None = None
    is_channel: bool | None = None
    is_biz_notification: bool | None = None
    is_doc: bool | None = None
    is_link_preview: bool | None = None
    is_psa: bool | None = None
    is_revoked: bool | None = None
    is_unread_type: bool | None = None
    selected_button_id: str | None = None
    selected_list_id: str | None = None
    source: ChatMessageMetaSource | None = None
    via: ChatMessageMetaVia | None = None
    auto_reply: str | None = None
    is_first_message: bool | None = None
    color: str | None = None
    font: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatMessageMeta._api_fields = {
    "rtl": ("rtl", None),
    "containsEmoji": ("contains_emoji", None),
    "isGif": ("is_gif", None),
    "isFailed": ("is_failed", None),
    "isStar": ("is_star", None),
    "isEdited": ("is_edited", None),
    "isGroup": ("is_group", None),
    "isForwarded": ("is_forwarded", None),
    "isEphemeral": ("is_ephemeral", None),
    "ephemeralDuration": ("ephemeral_duration", None),
    "isNotification": ("is_notification", None),
    "notifyName": ("notify_name", None),
    "isLive": ("is_live", None),
    "isBroadcast": ("is_broadcast", None),
    "isChannel": ("is_channel", None),
    "isBizNotification": ("is_biz_notification", None),
    "isDoc": ("is_doc", None),
    "isLinkPreview": ("is_link_preview", None),
    "isPSA": ("is_psa", None),
    "isRevoked": ("is_revoked", None),
    "isUnreadType": ("is_unread_type", None),
    "selectedButtonId": ("selected_button_id", None),
    "selectedListId": ("selected_list_id", None),
    "source": ("source", member(ChatMessageMetaSource)),
    "via": ("via", member(ChatMessageMetaVia)),
    "autoReply": ("auto_reply", None),
    "isFirstMessage": ("is_first_message", None),
    "color": ("color", None),
    "font": ("font", None),
}
