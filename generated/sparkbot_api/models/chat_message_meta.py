from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_meta_source import ChatMessageMetaSource
from ..models.chat_message_meta_via import ChatMessageMetaVia
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMessageMeta")


@_attrs_define
class ChatMessageMeta:
    """Message flags.

    Attributes:
        rtl (bool | Unset):
        contains_emoji (bool | Unset):
        is_gif (bool | Unset):
        is_failed (bool | Unset):
        is_star (bool | Unset):
        is_edited (bool | Unset):
        is_group (bool | Unset):
        is_forwarded (bool | Unset):
        is_ephemeral (bool | Unset):
        ephemeral_duration (int | Unset):
        is_notification (bool | Unset):
        notify_name (str | Unset):
        is_live (bool | Unset):
        is_broadcast (bool | Unset):
        is_channel (bool | Unset):
        is_biz_notification (bool | Unset):
        is_doc (bool | Unset):
        is_link_preview (bool | Unset):
        is_psa (bool | Unset):
        is_revoked (bool | Unset):
        is_unread_type (bool | Unset):
        selected_button_id (str | Unset):
        selected_list_id (str | Unset):
        source (ChatMessageMetaSource | Unset):
        via (ChatMessageMetaVia | Unset):
        auto_reply (str | Unset):
        is_first_message (bool | Unset):
        color (str | Unset):
        font (str | Unset):
    """

    rtl: bool | Unset = UNSET
    contains_emoji: bool | Unset = UNSET
    is_gif: bool | Unset = UNSET
    is_failed: bool | Unset = UNSET
    is_star: bool | Unset = UNSET
    is_edited: bool | Unset = UNSET
    is_group: bool | Unset = UNSET
    is_forwarded: bool | Unset = UNSET
    is_ephemeral: bool | Unset = UNSET
    ephemeral_duration: int | Unset = UNSET
    is_notification: bool | Unset = UNSET
    notify_name: str | Unset = UNSET
    is_live: bool | Unset = UNSET
    is_broadcast: bool | Unset = UNSET
    is_channel: bool | Unset = UNSET
    is_biz_notification: bool | Unset = UNSET
    is_doc: bool | Unset = UNSET
    is_link_preview: bool | Unset = UNSET
    is_psa: bool | Unset = UNSET
    is_revoked: bool | Unset = UNSET
    is_unread_type: bool | Unset = UNSET
    selected_button_id: str | Unset = UNSET
    selected_list_id: str | Unset = UNSET
    source: ChatMessageMetaSource | Unset = UNSET
    via: ChatMessageMetaVia | Unset = UNSET
    auto_reply: str | Unset = UNSET
    is_first_message: bool | Unset = UNSET
    color: str | Unset = UNSET
    font: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        rtl = self.rtl

        contains_emoji = self.contains_emoji

        is_gif = self.is_gif

        is_failed = self.is_failed

        is_star = self.is_star

        is_edited = self.is_edited

        is_group = self.is_group

        is_forwarded = self.is_forwarded

        is_ephemeral = self.is_ephemeral

        ephemeral_duration = self.ephemeral_duration

        is_notification = self.is_notification

        notify_name = self.notify_name

        is_live = self.is_live

        is_broadcast = self.is_broadcast

        is_channel = self.is_channel

        is_biz_notification = self.is_biz_notification

        is_doc = self.is_doc

        is_link_preview = self.is_link_preview

        is_psa = self.is_psa

        is_revoked = self.is_revoked

        is_unread_type = self.is_unread_type

        selected_button_id = self.selected_button_id

        selected_list_id = self.selected_list_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        via: str | Unset = UNSET
        if not isinstance(self.via, Unset):
            via = self.via.value

        auto_reply = self.auto_reply

        is_first_message = self.is_first_message

        color = self.color

        font = self.font

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rtl is not UNSET:
            field_dict["rtl"] = rtl
        if contains_emoji is not UNSET:
            field_dict["containsEmoji"] = contains_emoji
        if is_gif is not UNSET:
            field_dict["isGif"] = is_gif
        if is_failed is not UNSET:
            field_dict["isFailed"] = is_failed
        if is_star is not UNSET:
            field_dict["isStar"] = is_star
        if is_edited is not UNSET:
            field_dict["isEdited"] = is_edited
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if is_forwarded is not UNSET:
            field_dict["isForwarded"] = is_forwarded
        if is_ephemeral is not UNSET:
            field_dict["isEphemeral"] = is_ephemeral
        if ephemeral_duration is not UNSET:
            field_dict["ephemeralDuration"] = ephemeral_duration
        if is_notification is not UNSET:
            field_dict["isNotification"] = is_notification
        if notify_name is not UNSET:
            field_dict["notifyName"] = notify_name
        if is_live is not UNSET:
            field_dict["isLive"] = is_live
        if is_broadcast is not UNSET:
            field_dict["isBroadcast"] = is_broadcast
        if is_channel is not UNSET:
            field_dict["isChannel"] = is_channel
        if is_biz_notification is not UNSET:
            field_dict["isBizNotification"] = is_biz_notification
        if is_doc is not UNSET:
            field_dict["isDoc"] = is_doc
        if is_link_preview is not UNSET:
            field_dict["isLinkPreview"] = is_link_preview
        if is_psa is not UNSET:
            field_dict["isPSA"] = is_psa
        if is_revoked is not UNSET:
            field_dict["isRevoked"] = is_revoked
        if is_unread_type is not UNSET:
            field_dict["isUnreadType"] = is_unread_type
        if selected_button_id is not UNSET:
            field_dict["selectedButtonId"] = selected_button_id
        if selected_list_id is not UNSET:
            field_dict["selectedListId"] = selected_list_id
        if source is not UNSET:
            field_dict["source"] = source
        if via is not UNSET:
            field_dict["via"] = via
        if auto_reply is not UNSET:
            field_dict["autoReply"] = auto_reply
        if is_first_message is not UNSET:
            field_dict["isFirstMessage"] = is_first_message
        if color is not UNSET:
            field_dict["color"] = color
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

        _source = d.pop("source", UNSET)
        source: ChatMessageMetaSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ChatMessageMetaSource(_source)

        _via = d.pop("via", UNSET)
        via: ChatMessageMetaVia | Unset
        if isinstance(_via, Unset):
            via = UNSET
        else:
            via = ChatMessageMetaVia(_via)

        auto_reply = d.pop("autoReply", UNSET)

        is_first_message = d.pop("isFirstMessage", UNSET)

        color = d.pop("color", UNSET)

        font = d.pop("font", UNSET)

        chat_message_meta = cls(
            rtl=rtl,
            contains_emoji=contains_emoji,
            is_gif=is_gif,
            is_failed=is_failed,
            is_star=is_star,
            is_edited=is_edited,
            is_group=is_group,
            is_forwarded=is_forwarded,
            is_ephemeral=is_ephemeral,
            ephemeral_duration=ephemeral_duration,
            is_notification=is_notification,
            notify_name=notify_name,
            is_live=is_live,
            is_broadcast=is_broadcast,
            is_channel=is_channel,
            is_biz_notification=is_biz_notification,
            is_doc=is_doc,
            is_link_preview=is_link_preview,
            is_psa=is_psa,
            is_revoked=is_revoked,
            is_unread_type=is_unread_type,
            selected_button_id=selected_button_id,
            selected_list_id=selected_list_id,
            source=source,
            via=via,
            auto_reply=auto_reply,
            is_first_message=is_first_message,
            color=color,
            font=font,
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
