from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatMeta")


@_attrs_define
class ChatMeta:
    """Chat flags.

    Attributes:
        unread_count (int | Unset):
        unread_count_at (datetime.datetime | Unset):
        is_unread (bool | Unset):
        unread_at (datetime.datetime | Unset):
        is_user_initiated (bool | Unset):
        can_send (bool | Unset):
        is_favorite (bool | Unset):
        is_pinned (bool | Unset):
        is_chat_pinned (bool | Unset):
        is_read_only (bool | Unset):
        is_archived (bool | Unset):
        is_locked (bool | Unset):
        is_password_protected (bool | Unset):
        mute_expiration (int | Unset):
        is_chat_muted (bool | Unset):
        is_spam (bool | Unset):
        modify_tag (int | Unset):
        ephemeral (int | Unset):
        has_older_messages (bool | Unset):
        is_phone_hidden (bool | Unset):
    """

    unread_count: int | Unset = UNSET
    unread_count_at: datetime.datetime | Unset = UNSET
    is_unread: bool | Unset = UNSET
    unread_at: datetime.datetime | Unset = UNSET
    is_user_initiated: bool | Unset = UNSET
    can_send: bool | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    is_pinned: bool | Unset = UNSET
    is_chat_pinned: bool | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_password_protected: bool | Unset = UNSET
    mute_expiration: int | Unset = UNSET
    is_chat_muted: bool | Unset = UNSET
    is_spam: bool | Unset = UNSET
    modify_tag: int | Unset = UNSET
    ephemeral: int | Unset = UNSET
    has_older_messages: bool | Unset = UNSET
    is_phone_hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        unread_count = self.unread_count

        unread_count_at: str | Unset = UNSET
        if not isinstance(self.unread_count_at, Unset):
            unread_count_at = self.unread_count_at.isoformat()

        is_unread = self.is_unread

        unread_at: str | Unset = UNSET
        if not isinstance(self.unread_at, Unset):
            unread_at = self.unread_at.isoformat()

        is_user_initiated = self.is_user_initiated

        can_send = self.can_send

        is_favorite = self.is_favorite

        is_pinned = self.is_pinned

        is_chat_pinned = self.is_chat_pinned

        is_read_only = self.is_read_only

        is_archived = self.is_archived

        is_locked = self.is_locked

        is_password_protected = self.is_password_protected

        mute_expiration = self.mute_expiration

        is_chat_muted = self.is_chat_muted

        is_spam = self.is_spam

        modify_tag = self.modify_tag

        ephemeral = self.ephemeral

        has_older_messages = self.has_older_messages

        is_phone_hidden = self.is_phone_hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unread_count is not UNSET:
            field_dict["unreadCount"] = unread_count
        if unread_count_at is not UNSET:
            field_dict["unreadCountAt"] = unread_count_at
        if is_unread is not UNSET:
            field_dict["isUnread"] = is_unread
        if unread_at is not UNSET:
            field_dict["unreadAt"] = unread_at
        if is_user_initiated is not UNSET:
            field_dict["isUserInitiated"] = is_user_initiated
        if can_send is not UNSET:
            field_dict["canSend"] = can_send
        if is_favorite is not UNSET:
            field_dict["isFavorite"] = is_favorite
        if is_pinned is not UNSET:
            field_dict["isPinned"] = is_pinned
        if is_chat_pinned is not UNSET:
            field_dict["isChatPinned"] = is_chat_pinned
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only
        if is_archived is not UNSET:
            field_dict["isArchived"] = is_archived
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if is_password_protected is not UNSET:
            field_dict["isPasswordProtected"] = is_password_protected
        if mute_expiration is not UNSET:
            field_dict["muteExpiration"] = mute_expiration
        if is_chat_muted is not UNSET:
            field_dict["isChatMuted"] = is_chat_muted
        if is_spam is not UNSET:
            field_dict["isSpam"] = is_spam
        if modify_tag is not UNSET:
            field_dict["modifyTag"] = modify_tag
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral
        if has_older_messages is not UNSET:
            field_dict["hasOlderMessages"] = has_older_messages
        if is_phone_hidden is not UNSET:
            field_dict["isPhoneHidden"] = is_phone_hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unread_count = d.pop("unreadCount", UNSET)

        _unread_count_at = d.pop("unreadCountAt", UNSET)
        unread_count_at: datetime.datetime | Unset
        if isinstance(_unread_count_at, Unset):
            unread_count_at = UNSET
        else:
            unread_count_at = datetime.datetime.fromisoformat(_unread_count_at)

        is_unread = d.pop("isUnread", UNSET)

        _unread_at = d.pop("unreadAt", UNSET)
        unread_at: datetime.datetime | Unset
        if isinstance(_unread_at, Unset):
            unread_at = UNSET
        else:
            unread_at = datetime.datetime.fromisoformat(_unread_at)

        is_user_initiated = d.pop("isUserInitiated", UNSET)

        can_send = d.pop("canSend", UNSET)

        is_favorite = d.pop("isFavorite", UNSET)

        is_pinned = d.pop("isPinned", UNSET)

        is_chat_pinned = d.pop("isChatPinned", UNSET)

        is_read_only = d.pop("isReadOnly", UNSET)

        is_archived = d.pop("isArchived", UNSET)

        is_locked = d.pop("isLocked", UNSET)

        is_password_protected = d.pop("isPasswordProtected", UNSET)

        mute_expiration = d.pop("muteExpiration", UNSET)

        is_chat_muted = d.pop("isChatMuted", UNSET)

        is_spam = d.pop("isSpam", UNSET)

        modify_tag = d.pop("modifyTag", UNSET)

        ephemeral = d.pop("ephemeral", UNSET)

        has_older_messages = d.pop("hasOlderMessages", UNSET)

        is_phone_hidden = d.pop("isPhoneHidden", UNSET)

        chat_meta = cls(
            unread_count=unread_count,
            unread_count_at=unread_count_at,
            is_unread=is_unread,
            unread_at=unread_at,
            is_user_initiated=is_user_initiated,
            can_send=can_send,
            is_favorite=is_favorite,
            is_pinned=is_pinned,
            is_chat_pinned=is_chat_pinned,
            is_read_only=is_read_only,
            is_archived=is_archived,
            is_locked=is_locked,
            is_password_protected=is_password_protected,
            mute_expiration=mute_expiration,
            is_chat_muted=is_chat_muted,
            is_spam=is_spam,
            modify_tag=modify_tag,
            ephemeral=ephemeral,
            has_older_messages=has_older_messages,
            is_phone_hidden=is_phone_hidden,
        )

        chat_meta.additional_properties = d
        return chat_meta

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
