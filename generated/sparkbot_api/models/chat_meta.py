from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatMeta")


@_attrs_define
class ChatMeta:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.unread_count is not None:
            field_dict["unreadCount"] = self.unread_count

        _unread_count_at_value = UNSET if self.unread_count_at is None else self.unread_count_at
        unread_count_at: None | str | Unset
        if isinstance(_unread_count_at_value, Unset):
            unread_count_at = UNSET
        elif isinstance(_unread_count_at_value, datetime.datetime):
            unread_count_at = api_datetime(_unread_count_at_value)
        else:
            unread_count_at = _unread_count_at_value
        if unread_count_at is not UNSET:
            field_dict["unreadCountAt"] = unread_count_at

        if self.is_unread is not None:
            field_dict["isUnread"] = self.is_unread

        _unread_at_value = UNSET if self.unread_at is None else self.unread_at
        unread_at: None | str | Unset
        if isinstance(_unread_at_value, Unset):
            unread_at = UNSET
        elif isinstance(_unread_at_value, datetime.datetime):
            unread_at = api_datetime(_unread_at_value)
        else:
            unread_at = _unread_at_value
        if unread_at is not UNSET:
            field_dict["unreadAt"] = unread_at

        if self.is_user_initiated is not None:
            field_dict["isUserInitiated"] = self.is_user_initiated

        if self.can_send is not None:
            field_dict["canSend"] = self.can_send

        if self.is_favorite is not None:
            field_dict["isFavorite"] = self.is_favorite

        if self.is_pinned is not None:
            field_dict["isPinned"] = self.is_pinned

        if self.is_chat_pinned is not None:
            field_dict["isChatPinned"] = self.is_chat_pinned

        if self.is_read_only is not None:
            field_dict["isReadOnly"] = self.is_read_only

        if self.is_archived is not None:
            field_dict["isArchived"] = self.is_archived

        if self.is_locked is not None:
            field_dict["isLocked"] = self.is_locked

        if self.is_password_protected is not None:
            field_dict["isPasswordProtected"] = self.is_password_protected

        if self.mute_expiration is not None:
            field_dict["muteExpiration"] = self.mute_expiration

        if self.is_chat_muted is not None:
            field_dict["isChatMuted"] = self.is_chat_muted

        if self.is_spam is not None:
            field_dict["isSpam"] = self.is_spam

        if self.modify_tag is not None:
            field_dict["modifyTag"] = self.modify_tag

        if self.ephemeral is not None:
            field_dict["ephemeral"] = self.ephemeral

        if self.has_older_messages is not None:
            field_dict["hasOlderMessages"] = self.has_older_messages

        if self.is_phone_hidden is not None:
            field_dict["isPhoneHidden"] = self.is_phone_hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unread_count = d.pop("unreadCount", UNSET)

        try:

            def _parse_unread_count_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    unread_count_at_type_0 = datetime.datetime.fromisoformat(data)

                    return unread_count_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            unread_count_at = _parse_unread_count_at(d.get("unreadCountAt", UNSET))

        except LENIENT:
            unread_count_at = UNSET
        else:
            d.pop("unreadCountAt", None)

        is_unread = d.pop("isUnread", UNSET)

        try:

            def _parse_unread_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    unread_at_type_0 = datetime.datetime.fromisoformat(data)

                    return unread_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            unread_at = _parse_unread_at(d.get("unreadAt", UNSET))

        except LENIENT:
            unread_at = UNSET
        else:
            d.pop("unreadAt", None)

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
            unread_count=None if isinstance(unread_count, Unset) else unread_count,
            unread_count_at=None if isinstance(unread_count_at, Unset) else unread_count_at,
            is_unread=None if isinstance(is_unread, Unset) else is_unread,
            unread_at=None if isinstance(unread_at, Unset) else unread_at,
            is_user_initiated=None if isinstance(is_user_initiated, Unset) else is_user_initiated,
            can_send=None if isinstance(can_send, Unset) else can_send,
            is_favorite=None if isinstance(is_favorite, Unset) else is_favorite,
            is_pinned=None if isinstance(is_pinned, Unset) else is_pinned,
            is_chat_pinned=None if isinstance(is_chat_pinned, Unset) else is_chat_pinned,
            is_read_only=None if isinstance(is_read_only, Unset) else is_read_only,
            is_archived=None if isinstance(is_archived, Unset) else is_archived,
            is_locked=None if isinstance(is_locked, Unset) else is_locked,
            is_password_protected=None if isinstance(is_password_protected, Unset) else is_password_protected,
            mute_expiration=None if isinstance(mute_expiration, Unset) else mute_expiration,
            is_chat_muted=None if isinstance(is_chat_muted, Unset) else is_chat_muted,
            is_spam=None if isinstance(is_spam, Unset) else is_spam,
            modify_tag=None if isinstance(modify_tag, Unset) else modify_tag,
            ephemeral=None if isinstance(ephemeral, Unset) else ephemeral,
            has_older_messages=None if isinstance(has_older_messages, Unset) else has_older_messages,
            is_phone_hidden=None if isinstance(is_phone_hidden, Unset) else is_phone_hidden,
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
