from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_status import ChatStatus
from ..models.chat_wa_status import ChatWaStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id

        if self.wid is not None:
            field_dict["wid"] = self.wid

        if self.lid is not None:
            field_dict["lid"] = self.lid

        if self.name is not None:
            field_dict["name"] = self.name

        if self.kind is not None:
            field_dict["kind"] = self.kind

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _wa_status_value = UNSET if self.wa_status is None else self.wa_status
        wa_status: str | Unset = UNSET
        if not isinstance(_wa_status_value, Unset):
            wa_status = _wa_status_value.value

        if wa_status is not UNSET:
            field_dict["waStatus"] = wa_status

        _status_updated_at_value = UNSET if self.status_updated_at is None else self.status_updated_at
        status_updated_at: None | str | Unset
        if isinstance(_status_updated_at_value, Unset):
            status_updated_at = UNSET
        elif isinstance(_status_updated_at_value, datetime.datetime):
            status_updated_at = api_datetime(_status_updated_at_value)
        else:
            status_updated_at = _status_updated_at_value
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at

        if self.status_updated_by is not None:
            field_dict["statusUpdatedBy"] = self.status_updated_by

        _prev_status_updated_at_value = UNSET if self.prev_status_updated_at is None else self.prev_status_updated_at
        prev_status_updated_at: None | str | Unset
        if isinstance(_prev_status_updated_at_value, Unset):
            prev_status_updated_at = UNSET
        elif isinstance(_prev_status_updated_at_value, datetime.datetime):
            prev_status_updated_at = api_datetime(_prev_status_updated_at_value)
        else:
            prev_status_updated_at = _prev_status_updated_at_value
        if prev_status_updated_at is not UNSET:
            field_dict["prevStatusUpdatedAt"] = prev_status_updated_at

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        _expires_at_value = UNSET if self.expires_at is None else self.expires_at
        expires_at: None | str | Unset
        if isinstance(_expires_at_value, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_value, datetime.datetime):
            expires_at = api_datetime(_expires_at_value)
        else:
            expires_at = _expires_at_value
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        _first_message_at_value = UNSET if self.first_message_at is None else self.first_message_at
        first_message_at: None | str | Unset
        if isinstance(_first_message_at_value, Unset):
            first_message_at = UNSET
        elif isinstance(_first_message_at_value, datetime.datetime):
            first_message_at = api_datetime(_first_message_at_value)
        else:
            first_message_at = _first_message_at_value
        if first_message_at is not UNSET:
            field_dict["firstMessageAt"] = first_message_at

        _last_message_at_value = UNSET if self.last_message_at is None else self.last_message_at
        last_message_at: None | str | Unset
        if isinstance(_last_message_at_value, Unset):
            last_message_at = UNSET
        elif isinstance(_last_message_at_value, datetime.datetime):
            last_message_at = api_datetime(_last_message_at_value)
        else:
            last_message_at = _last_message_at_value
        if last_message_at is not UNSET:
            field_dict["lastMessageAt"] = last_message_at

        _last_reaction_at_value = UNSET if self.last_reaction_at is None else self.last_reaction_at
        last_reaction_at: None | str | Unset
        if isinstance(_last_reaction_at_value, Unset):
            last_reaction_at = UNSET
        elif isinstance(_last_reaction_at_value, datetime.datetime):
            last_reaction_at = api_datetime(_last_reaction_at_value)
        else:
            last_reaction_at = _last_reaction_at_value
        if last_reaction_at is not UNSET:
            field_dict["lastReactionAt"] = last_reaction_at

        if self.last_reaction_emoji is not None:
            field_dict["lastReactionEmoji"] = self.last_reaction_emoji

        if self.last_reaction_author is not None:
            field_dict["lastReactionAuthor"] = self.last_reaction_author

        _last_note_at_value = UNSET if self.last_note_at is None else self.last_note_at
        last_note_at: None | str | Unset
        if isinstance(_last_note_at_value, Unset):
            last_note_at = UNSET
        elif isinstance(_last_note_at_value, datetime.datetime):
            last_note_at = api_datetime(_last_note_at_value)
        else:
            last_note_at = _last_note_at_value
        if last_note_at is not UNSET:
            field_dict["lastNoteAt"] = last_note_at

        _last_auto_reply_at_value = UNSET if self.last_auto_reply_at is None else self.last_auto_reply_at
        last_auto_reply_at: None | str | Unset
        if isinstance(_last_auto_reply_at_value, Unset):
            last_auto_reply_at = UNSET
        elif isinstance(_last_auto_reply_at_value, datetime.datetime):
            last_auto_reply_at = api_datetime(_last_auto_reply_at_value)
        else:
            last_auto_reply_at = _last_auto_reply_at_value
        if last_auto_reply_at is not UNSET:
            field_dict["lastAutoReplyAt"] = last_auto_reply_at

        _last_message_value = UNSET if self.last_message is None else self.last_message
        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(_last_message_value, Unset):
            last_message = _last_message_value.to_dict()
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message

        _contact_value = UNSET if self.contact is None else self.contact
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(_contact_value, Unset):
            contact = _contact_value.to_dict()
        if contact is not UNSET:
            field_dict["contact"] = contact

        _owner_value = UNSET if self.owner is None else self.owner
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(_owner_value, Unset):
            owner = _owner_value.to_dict()
        if owner is not UNSET:
            field_dict["owner"] = owner

        _stats_value = UNSET if self.stats is None else self.stats
        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(_stats_value, Unset):
            stats = _stats_value.to_dict()
        if stats is not UNSET:
            field_dict["stats"] = stats

        _meta_value = UNSET if self.meta is None else self.meta
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        _channel_value = UNSET if self.channel is None else self.channel
        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(_channel_value, Unset):
            channel = _channel_value.to_dict()
        if channel is not UNSET:
            field_dict["channel"] = channel

        _group_value = UNSET if self.group is None else self.group
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(_group_value, Unset):
            group = _group_value.to_dict()
        if group is not UNSET:
            field_dict["group"] = group

        _permissions_value = UNSET if self.permissions is None else self.permissions
        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(_permissions_value, Unset):
            permissions = _permissions_value.to_dict()
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        wid = d.pop("wid", UNSET)

        lid = d.pop("lid", UNSET)

        name = d.pop("name", UNSET)

        kind = d.pop("kind", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: ChatStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ChatStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _wa_status = d.get("waStatus", UNSET)
            wa_status: ChatWaStatus | Unset
            if isinstance(_wa_status, Unset):
                wa_status = UNSET
            else:
                wa_status = ChatWaStatus(_wa_status)

        except LENIENT:
            wa_status = UNSET
        else:
            d.pop("waStatus", None)

        try:

            def _parse_status_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return status_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            status_updated_at = _parse_status_updated_at(d.get("statusUpdatedAt", UNSET))

        except LENIENT:
            status_updated_at = UNSET
        else:
            d.pop("statusUpdatedAt", None)

        status_updated_by = d.pop("statusUpdatedBy", UNSET)

        try:

            def _parse_prev_status_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prev_status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return prev_status_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            prev_status_updated_at = _parse_prev_status_updated_at(d.get("prevStatusUpdatedAt", UNSET))

        except LENIENT:
            prev_status_updated_at = UNSET
        else:
            d.pop("prevStatusUpdatedAt", None)

        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expires_at = _parse_expires_at(d.get("expiresAt", UNSET))

        except LENIENT:
            expires_at = UNSET
        else:
            d.pop("expiresAt", None)

        try:

            def _parse_first_message_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    first_message_at_type_0 = datetime.datetime.fromisoformat(data)

                    return first_message_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            first_message_at = _parse_first_message_at(d.get("firstMessageAt", UNSET))

        except LENIENT:
            first_message_at = UNSET
        else:
            d.pop("firstMessageAt", None)

        try:

            def _parse_last_message_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_message_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_message_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_message_at = _parse_last_message_at(d.get("lastMessageAt", UNSET))

        except LENIENT:
            last_message_at = UNSET
        else:
            d.pop("lastMessageAt", None)

        try:

            def _parse_last_reaction_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_reaction_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_reaction_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_reaction_at = _parse_last_reaction_at(d.get("lastReactionAt", UNSET))

        except LENIENT:
            last_reaction_at = UNSET
        else:
            d.pop("lastReactionAt", None)

        last_reaction_emoji = d.pop("lastReactionEmoji", UNSET)

        last_reaction_author = d.pop("lastReactionAuthor", UNSET)

        try:

            def _parse_last_note_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_note_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_note_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_note_at = _parse_last_note_at(d.get("lastNoteAt", UNSET))

        except LENIENT:
            last_note_at = UNSET
        else:
            d.pop("lastNoteAt", None)

        try:

            def _parse_last_auto_reply_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_auto_reply_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_auto_reply_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_auto_reply_at = _parse_last_auto_reply_at(d.get("lastAutoReplyAt", UNSET))

        except LENIENT:
            last_auto_reply_at = UNSET
        else:
            d.pop("lastAutoReplyAt", None)

        try:
            _last_message = d.get("lastMessage", UNSET)
            last_message: ChatLastMessage | Unset
            if isinstance(_last_message, Unset):
                last_message = UNSET
            else:
                last_message = ChatLastMessage.from_dict(_last_message)

        except LENIENT:
            last_message = UNSET
        else:
            d.pop("lastMessage", None)

        try:
            _contact = d.get("contact", UNSET)
            contact: ChatContact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = ChatContact.from_dict(_contact)

        except LENIENT:
            contact = UNSET
        else:
            d.pop("contact", None)

        try:
            _owner = d.get("owner", UNSET)
            owner: ChatOwner | Unset
            if isinstance(_owner, Unset):
                owner = UNSET
            else:
                owner = ChatOwner.from_dict(_owner)

        except LENIENT:
            owner = UNSET
        else:
            d.pop("owner", None)

        try:
            _stats = d.get("stats", UNSET)
            stats: ChatStats | Unset
            if isinstance(_stats, Unset):
                stats = UNSET
            else:
                stats = ChatStats.from_dict(_stats)

        except LENIENT:
            stats = UNSET
        else:
            d.pop("stats", None)

        try:
            _meta = d.get("meta", UNSET)
            meta: ChatMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ChatMeta.from_dict(_meta)

        except LENIENT:
            meta = UNSET
        else:
            d.pop("meta", None)

        try:
            _channel = d.get("channel", UNSET)
            channel: ChatChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = ChatChannel.from_dict(_channel)

        except LENIENT:
            channel = UNSET
        else:
            d.pop("channel", None)

        try:
            _group = d.get("group", UNSET)
            group: ChatGroup | Unset
            if isinstance(_group, Unset):
                group = UNSET
            else:
                group = ChatGroup.from_dict(_group)

        except LENIENT:
            group = UNSET
        else:
            d.pop("group", None)

        try:
            _permissions = d.get("permissions", UNSET)
            permissions: ChatPermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = ChatPermissions.from_dict(_permissions)

        except LENIENT:
            permissions = UNSET
        else:
            d.pop("permissions", None)

        chat = cls(
            id=None if isinstance(id, Unset) else id,
            wid=None if isinstance(wid, Unset) else wid,
            lid=None if isinstance(lid, Unset) else lid,
            name=None if isinstance(name, Unset) else name,
            kind=None if isinstance(kind, Unset) else kind,
            status=None if isinstance(status, Unset) else status,
            wa_status=None if isinstance(wa_status, Unset) else wa_status,
            status_updated_at=None if isinstance(status_updated_at, Unset) else status_updated_at,
            status_updated_by=None if isinstance(status_updated_by, Unset) else status_updated_by,
            prev_status_updated_at=None if isinstance(prev_status_updated_at, Unset) else prev_status_updated_at,
            date=None if isinstance(date, Unset) else date,
            expires_at=None if isinstance(expires_at, Unset) else expires_at,
            first_message_at=None if isinstance(first_message_at, Unset) else first_message_at,
            last_message_at=None if isinstance(last_message_at, Unset) else last_message_at,
            last_reaction_at=None if isinstance(last_reaction_at, Unset) else last_reaction_at,
            last_reaction_emoji=None if isinstance(last_reaction_emoji, Unset) else last_reaction_emoji,
            last_reaction_author=None if isinstance(last_reaction_author, Unset) else last_reaction_author,
            last_note_at=None if isinstance(last_note_at, Unset) else last_note_at,
            last_auto_reply_at=None if isinstance(last_auto_reply_at, Unset) else last_auto_reply_at,
            last_message=None if isinstance(last_message, Unset) else last_message,
            contact=None if isinstance(contact, Unset) else contact,
            owner=None if isinstance(owner, Unset) else owner,
            stats=None if isinstance(stats, Unset) else stats,
            meta=None if isinstance(meta, Unset) else meta,
            channel=None if isinstance(channel, Unset) else channel,
            group=None if isinstance(group, Unset) else group,
            permissions=None if isinstance(permissions, Unset) else permissions,
        )

        chat.additional_properties = d
        return chat

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


from ..models.chat_channel import ChatChannel  # noqa: E402
from ..models.chat_contact import ChatContact  # noqa: E402
from ..models.chat_group import ChatGroup  # noqa: E402
from ..models.chat_last_message import ChatLastMessage  # noqa: E402
from ..models.chat_meta import ChatMeta  # noqa: E402
from ..models.chat_owner import ChatOwner  # noqa: E402
from ..models.chat_permissions import ChatPermissions  # noqa: E402
from ..models.chat_stats import ChatStats  # noqa: E402
