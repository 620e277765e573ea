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
        if self.rtl is not None:
            field_dict["rtl"] = self.rtl

        if self.contains_emoji is not None:
            field_dict["containsEmoji"] = self.contains_emoji

        if self.is_gif is not None:
            field_dict["isGif"] = self.is_gif

        if self.is_failed is not None:
            field_dict["isFailed"] = self.is_failed

        if self.is_star is not None:
            field_dict["isStar"] = self.is_star

        if self.is_edited is not None:
            field_dict["isEdited"] = self.is_edited

        if self.is_group is not None:
            field_dict["isGroup"] = self.is_group

        if self.is_forwarded is not None:
            field_dict["isForwarded"] = self.is_forwarded

        if self.is_ephemeral is not None:
            field_dict["isEphemeral"] = self.is_ephemeral

        if self.ephemeral_duration is not None:
            field_dict["ephemeralDuration"] = self.ephemeral_duration

        if self.is_notification is not None:
            field_dict["isNotification"] = self.is_notification

        if self.notify_name is not None:
            field_dict["notifyName"] = self.notify_name

        if self.is_live is not None:
            field_dict["isLive"] = self.is_live

        if self.is_broadcast is not None:
            field_dict["isBroadcast"] = self.is_broadcast

        if self.is_channel is not None:
            field_dict["isChannel"] = self.is_channel

        if self.is_biz_notification is not None:
            field_dict["isBizNotification"] = self.is_biz_notification

        if self.is_doc is not None:
            field_dict["isDoc"] = self.is_doc

        if self.is_link_preview is not None:
            field_dict["isLinkPreview"] = self.is_link_preview

        if self.is_psa is not None:
            field_dict["isPSA"] = self.is_psa

        if self.is_revoked is not None:
            field_dict["isRevoked"] = self.is_revoked

        if self.is_unread_type is not None:
            field_dict["isUnreadType"] = self.is_unread_type

        if self.selected_button_id is not None:
            field_dict["selectedButtonId"] = self.selected_button_id

        if self.selected_list_id is not None:
            field_dict["selectedListId"] = self.selected_list_id

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

        if self.auto_reply is not None:
            field_dict["autoReply"] = self.auto_reply

        if self.is_first_message is not None:
            field_dict["isFirstMessage"] = self.is_first_message

        if self.color is not None:
            field_dict["color"] = self.color

        if self.font is not None:
            field_dict["font"] = self.font

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
