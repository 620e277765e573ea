from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_meta_source import ChatMessageMetaSource
from ..models.chat_message_meta_via import ChatMessageMetaVia
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageMeta")


@_attrs_define
class ChatMessageMeta:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _rtl_value = UNSET if self.rtl is None else self.rtl
        rtl = _rtl_value
        if rtl is not UNSET:
            field_dict["rtl"] = rtl

        _contains_emoji_value = UNSET if self.contains_emoji is None else self.contains_emoji
        contains_emoji = _contains_emoji_value
        if contains_emoji is not UNSET:
            field_dict["containsEmoji"] = contains_emoji

        _is_gif_value = UNSET if self.is_gif is None else self.is_gif
        is_gif = _is_gif_value
        if is_gif is not UNSET:
            field_dict["isGif"] = is_gif

        _is_failed_value = UNSET if self.is_failed is None else self.is_failed
        is_failed = _is_failed_value
        if is_failed is not UNSET:
            field_dict["isFailed"] = is_failed

        _is_star_value = UNSET if self.is_star is None else self.is_star
        is_star = _is_star_value
        if is_star is not UNSET:
            field_dict["isStar"] = is_star

        _is_edited_value = UNSET if self.is_edited is None else self.is_edited
        is_edited = _is_edited_value
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited

        _is_group_value = UNSET if self.is_group is None else self.is_group
        is_group = _is_group_value
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group

        _is_forwarded_value = UNSET if self.is_forwarded is None else self.is_forwarded
        is_forwarded = _is_forwarded_value
        if is_forwarded is not UNSET:
            field_dict["isForwarded"] = is_forwarded

        _is_ephemeral_value = UNSET if self.is_ephemeral is None else self.is_ephemeral
        is_ephemeral = _is_ephemeral_value
        if is_ephemeral is not UNSET:
            field_dict["isEphemeral"] = is_ephemeral

        _ephemeral_duration_value = UNSET if self.ephemeral_duration is None else self.ephemeral_duration
        ephemeral_duration = _ephemeral_duration_value
        if ephemeral_duration is not UNSET:
            field_dict["ephemeralDuration"] = ephemeral_duration

        _is_notification_value = UNSET if self.is_notification is None else self.is_notification
        is_notification = _is_notification_value
        if is_notification is not UNSET:
            field_dict["isNotification"] = is_notification

        _notify_name_value = UNSET if self.notify_name is None else self.notify_name
        notify_name = _notify_name_value
        if notify_name is not UNSET:
            field_dict["notifyName"] = notify_name

        _is_live_value = UNSET if self.is_live is None else self.is_live
        is_live = _is_live_value
        if is_live is not UNSET:
            field_dict["isLive"] = is_live

        _is_broadcast_value = UNSET if self.is_broadcast is None else self.is_broadcast
        is_broadcast = _is_broadcast_value
        if is_broadcast is not UNSET:
            field_dict["isBroadcast"] = is_broadcast

        _is_channel_value = UNSET if self.is_channel is None else self.is_channel
        is_channel = _is_channel_value
        if is_channel is not UNSET:
            field_dict["isChannel"] = is_channel

        _is_biz_notification_value = UNSET if self.is_biz_notification is None else self.is_biz_notification
        is_biz_notification = _is_biz_notification_value
        if is_biz_notification is not UNSET:
            field_dict["isBizNotification"] = is_biz_notification

        _is_doc_value = UNSET if self.is_doc is None else self.is_doc
        is_doc = _is_doc_value
        if is_doc is not UNSET:
            field_dict["isDoc"] = is_doc

        _is_link_preview_value = UNSET if self.is_link_preview is None else self.is_link_preview
        is_link_preview = _is_link_preview_value
        if is_link_preview is not UNSET:
            field_dict["isLinkPreview"] = is_link_preview

        _is_psa_value = UNSET if self.is_psa is None else self.is_psa
        is_psa = _is_psa_value
        if is_psa is not UNSET:
            field_dict["isPSA"] = is_psa

        _is_revoked_value = UNSET if self.is_revoked is None else self.is_revoked
        is_revoked = _is_revoked_value
        if is_revoked is not UNSET:
            field_dict["isRevoked"] = is_revoked

        _is_unread_type_value = UNSET if self.is_unread_type is None else self.is_unread_type
        is_unread_type = _is_unread_type_value
        if is_unread_type is not UNSET:
            field_dict["isUnreadType"] = is_unread_type

        _selected_button_id_value = UNSET if self.selected_button_id is None else self.selected_button_id
        selected_button_id = _selected_button_id_value
        if selected_button_id is not UNSET:
            field_dict["selectedButtonId"] = selected_button_id

        _selected_list_id_value = UNSET if self.selected_list_id is None else self.selected_list_id
        selected_list_id = _selected_list_id_value
        if selected_list_id is not UNSET:
            field_dict["selectedListId"] = selected_list_id

        _source_value = UNSET if self.source is None else self.source
        source: str | Unset = UNSET
        if not isinstance(_source_value, Unset):
            source = _source_value.value

        if source is not UNSET:
            field_dict["source"] = source

        _via_value = UNSET if self.via is None else self.via
        via: str | Unset = UNSET
        if not isinstance(_via_value, Unset):
            via = _via_value.value

        if via is not UNSET:
            field_dict["via"] = via

        _auto_reply_value = UNSET if self.auto_reply is None else self.auto_reply
        auto_reply = _auto_reply_value
        if auto_reply is not UNSET:
            field_dict["autoReply"] = auto_reply

        _is_first_message_value = UNSET if self.is_first_message is None else self.is_first_message
        is_first_message = _is_first_message_value
        if is_first_message is not UNSET:
            field_dict["isFirstMessage"] = is_first_message

        _color_value = UNSET if self.color is None else self.color
        color = _color_value
        if color is not UNSET:
            field_dict["color"] = color

        _font_value = UNSET if self.font is None else self.font
        font = _font_value
        if font is not UNSET:
            field_dict["font"] = font

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rtl = d.pop("rtl", UNSET)

        contains_emoji = d.pop("containsEmoji", UNSET)

        is_gif = d.pop("isGif", UNSET)

        is_failed = d.pop("isFailed", UNSET)

        is_star = d.pop("isStar", UNSET)

        is_edited = d.pop("isEdited", UNSET)

        is_group = d.pop("isGroup", UNSET)

        is_forwarded = d.pop("isForwarded", UNSET)

        is_ephemeral = d.pop("isEphemeral", UNSET)

        ephemeral_duration = d.pop("ephemeralDuration", UNSET)

        is_notification = d.pop("isNotification", UNSET)

        notify_name = d.pop("notifyName", UNSET)

        is_live = d.pop("isLive", UNSET)

        is_broadcast = d.pop("isBroadcast", UNSET)

        is_channel = d.pop("isChannel", UNSET)

        is_biz_notification = d.pop("isBizNotification", UNSET)

        is_doc = d.pop("isDoc", UNSET)

        is_link_preview = d.pop("isLinkPreview", UNSET)

        is_psa = d.pop("isPSA", UNSET)

        is_revoked = d.pop("isRevoked", UNSET)

        is_unread_type = d.pop("isUnreadType", UNSET)

        selected_button_id = d.pop("selectedButtonId", UNSET)

        selected_list_id = d.pop("selectedListId", UNSET)

        try:
            _source = d.get("source", UNSET)
            source: ChatMessageMetaSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ChatMessageMetaSource(_source)

        except LENIENT:
            source = UNSET
        else:
            d.pop("source", None)

        try:
            _via = d.get("via", UNSET)
            via: ChatMessageMetaVia | Unset
            if isinstance(_via, Unset):
                via = UNSET
            else:
                via = ChatMessageMetaVia(_via)

        except LENIENT:
            via = UNSET
        else:
            d.pop("via", None)

        auto_reply = d.pop("autoReply", UNSET)

        is_first_message = d.pop("isFirstMessage", UNSET)

        color = d.pop("color", UNSET)

        font = d.pop("font", UNSET)

        chat_message_meta = cls(
            rtl=None if isinstance(rtl, Unset) else rtl,
            contains_emoji=None if isinstance(contains_emoji, Unset) else contains_emoji,
            is_gif=None if isinstance(is_gif, Unset) else is_gif,
            is_failed=None if isinstance(is_failed, Unset) else is_failed,
            is_star=None if isinstance(is_star, Unset) else is_star,
            is_edited=None if isinstance(is_edited, Unset) else is_edited,
            is_group=None if isinstance(is_group, Unset) else is_group,
            is_forwarded=None if isinstance(is_forwarded, Unset) else is_forwarded,
            is_ephemeral=None if isinstance(is_ephemeral, Unset) else is_ephemeral,
            ephemeral_duration=None if isinstance(ephemeral_duration, Unset) else ephemeral_duration,
            is_notification=None if isinstance(is_notification, Unset) else is_notification,
            notify_name=None if isinstance(notify_name, Unset) else notify_name,
            is_live=None if isinstance(is_live, Unset) else is_live,
            is_broadcast=None if isinstance(is_broadcast, Unset) else is_broadcast,
            is_channel=None if isinstance(is_channel, Unset) else is_channel,
            is_biz_notification=None if isinstance(is_biz_notification, Unset) else is_biz_notification,
            is_doc=None if isinstance(is_doc, Unset) else is_doc,
            is_link_preview=None if isinstance(is_link_preview, Unset) else is_link_preview,
            is_psa=None if isinstance(is_psa, Unset) else is_psa,
            is_revoked=None if isinstance(is_revoked, Unset) else is_revoked,
            is_unread_type=None if isinstance(is_unread_type, Unset) else is_unread_type,
            selected_button_id=None if isinstance(selected_button_id, Unset) else selected_button_id,
            selected_list_id=None if isinstance(selected_list_id, Unset) else selected_list_id,
            source=None if isinstance(source, Unset) else source,
            via=None if isinstance(via, Unset) else via,
            auto_reply=None if isinstance(auto_reply, Unset) else auto_reply,
            is_first_message=None if isinstance(is_first_message, Unset) else is_first_message,
            color=None if isinstance(color, Unset) else color,
            font=None if isinstance(font, Unset) else font,
        )

        chat_message_meta.additional_properties = d
        return chat_message_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
