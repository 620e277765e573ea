from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_status import ChatStatus
from ..models.chat_wa_status import ChatWaStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Chat")


@_attrs_define
class Chat:
    """Chat (user, group or channel conversation).

    Attributes:
        wid (str): Chat WhatsApp ID.
        lid (str | Unset):
        name (str | Unset):
        kind (str | Unset): Chat kind: chat, group, channel, ...
        status (ChatStatus | Unset):
        wa_status (ChatWaStatus | Unset):
        status_updated_at (datetime.datetime | Unset):
        status_updated_by (str | Unset): User ID.
        prev_status_updated_at (datetime.datetime | Unset):
        date (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        first_message_at (datetime.datetime | Unset):
        last_message_at (datetime.datetime | Unset):
        last_reaction_at (datetime.datetime | Unset):
        last_reaction_emoji (str | Unset):
        last_reaction_author (str | Unset):
        last_note_at (datetime.datetime | Unset):
        last_auto_reply_at (datetime.datetime | Unset):
        last_message (ChatLastMessage | Unset): Latest message (free-form).
        contact (ChatContact | Unset): Chat contact (free-form).
        owner (ChatOwner | Unset): Assignment (agent and department) data.
        stats (ChatStats | Unset):
        meta (ChatMeta | Unset): Chat flags.
        channel (ChatChannel | Unset): Channel details (channel chats).
        group (ChatGroup | Unset): Group details (group chats).
        permissions (ChatPermissions | Unset):
    """

    wid: str
    lid: str | Unset = UNSET
    name: str | Unset = UNSET
    kind: str | Unset = UNSET
    status: ChatStatus | Unset = UNSET
    wa_status: ChatWaStatus | Unset = UNSET
    status_updated_at: datetime.datetime | Unset = UNSET
    status_updated_by: str | Unset = UNSET
    prev_status_updated_at: datetime.datetime | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    first_message_at: datetime.datetime | Unset = UNSET
    last_message_at: datetime.datetime | Unset = UNSET
    last_reaction_at: datetime.datetime | Unset = UNSET
    last_reaction_emoji: str | Unset = UNSET
    last_reaction_author: str | Unset = UNSET
    last_note_at: datetime.datetime | Unset = UNSET
    last_auto_reply_at: datetime.datetime | Unset = UNSET
    last_message: ChatLastMessage | Unset = UNSET
    contact: ChatContact | Unset = UNSET
    owner: ChatOwner | Unset = UNSET
    stats: ChatStats | Unset = UNSET
    meta: ChatMeta | Unset = UNSET
    channel: ChatChannel | Unset = UNSET
    group: ChatGroup | Unset = UNSET
    permissions: ChatPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        wid = self.wid

        lid = self.lid

        name = self.name

        kind = self.kind

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        wa_status: str | Unset = UNSET
        if not isinstance(self.wa_status, Unset):
            wa_status = self.wa_status.value

        status_updated_at: str | Unset = UNSET
        if not isinstance(self.status_updated_at, Unset):
            status_updated_at = self.status_updated_at.isoformat()

        status_updated_by = self.status_updated_by

        prev_status_updated_at: str | Unset = UNSET
        if not isinstance(self.prev_status_updated_at, Unset):
            prev_status_updated_at = self.prev_status_updated_at.isoformat()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        first_message_at: str | Unset = UNSET
        if not isinstance(self.first_message_at, Unset):
            first_message_at = self.first_message_at.isoformat()

        last_message_at: str | Unset = UNSET
        if not isinstance(self.last_message_at, Unset):
            last_message_at = self.last_message_at.isoformat()

        last_reaction_at: str | Unset = UNSET
        if not isinstance(self.last_reaction_at, Unset):
            last_reaction_at = self.last_reaction_at.isoformat()

        last_reaction_emoji = self.last_reaction_emoji

        last_reaction_author = self.last_reaction_author

        last_note_at: str | Unset = UNSET
        if not isinstance(self.last_note_at, Unset):
            last_note_at = self.last_note_at.isoformat()

        last_auto_reply_at: str | Unset = UNSET
        if not isinstance(self.last_auto_reply_at, Unset):
            last_auto_reply_at = self.last_auto_reply_at.isoformat()

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wid": wid,
            }
        )
        if lid is not UNSET:
            field_dict["lid"] = lid
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if wa_status is not UNSET:
            field_dict["waStatus"] = wa_status
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at
        if status_updated_by is not UNSET:
            field_dict["statusUpdatedBy"] = status_updated_by
        if prev_status_updated_at is not UNSET:
            field_dict["prevStatusUpdatedAt"] = prev_status_updated_at
        if date is not UNSET:
            field_dict["date"] = date
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if first_message_at is not UNSET:
            field_dict["firstMessageAt"] = first_message_at
        if last_message_at is not UNSET:
            field_dict["lastMessageAt"] = last_message_at
        if last_reaction_at is not UNSET:
            field_dict["lastReactionAt"] = last_reaction_at
        if last_reaction_emoji is not UNSET:
            field_dict["lastReactionEmoji"] = last_reaction_emoji
        if last_reaction_author is not UNSET:
            field_dict["lastReactionAuthor"] = last_reaction_author
        if last_note_at is not UNSET:
            field_dict["lastNoteAt"] = last_note_at
        if last_auto_reply_at is not UNSET:
            field_dict["lastAutoReplyAt"] = last_auto_reply_at
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if contact is not UNSET:
            field_dict["contact"] = contact
        if owner is not UNSET:
            field_dict["owner"] = owner
        if stats is not UNSET:
            field_dict["stats"] = stats
        if meta is not UNSET:
            field_dict["meta"] = meta
        if channel is not UNSET:
            field_dict["channel"] = channel
        if group is not UNSET:
            field_dict["group"] = group
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        wid = d.pop("wid")

        lid = d.pop("lid", UNSET)

        name = d.pop("name", UNSET)

        kind = d.pop("kind", UNSET)

        _status = d.pop("status", UNSET)
        status: ChatStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ChatStatus(_status)

        _wa_status = d.pop("waStatus", UNSET)
        wa_status: ChatWaStatus | Unset
        if isinstance(_wa_status, Unset):
            wa_status = UNSET
        else:
            wa_status = ChatWaStatus(_wa_status)

        _status_updated_at = d.pop("statusUpdatedAt", UNSET)
        status_updated_at: datetime.datetime | Unset
        if isinstance(_status_updated_at, Unset):
            status_updated_at = UNSET
        else:
            status_updated_at = datetime.datetime.fromisoformat(_status_updated_at)

        status_updated_by = d.pop("statusUpdatedBy", UNSET)

        _prev_status_updated_at = d.pop("prevStatusUpdatedAt", UNSET)
        prev_status_updated_at: datetime.datetime | Unset
        if isinstance(_prev_status_updated_at, Unset):
            prev_status_updated_at = UNSET
        else:
            prev_status_updated_at = datetime.datetime.fromisoformat(_prev_status_updated_at)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _first_message_at = d.pop("firstMessageAt", UNSET)
        first_message_at: datetime.datetime | Unset
        if isinstance(_first_message_at, Unset):
            first_message_at = UNSET
        else:
            first_message_at = datetime.datetime.fromisoformat(_first_message_at)

        _last_message_at = d.pop("lastMessageAt", UNSET)
        last_message_at: datetime.datetime | Unset
        if isinstance(_last_message_at, Unset):
            last_message_at = UNSET
        else:
            last_message_at = datetime.datetime.fromisoformat(_last_message_at)

        _last_reaction_at = d.pop("lastReactionAt", UNSET)
        last_reaction_at: datetime.datetime | Unset
        if isinstance(_last_reaction_at, Unset):
            last_reaction_at = UNSET
        else:
            last_reaction_at = datetime.datetime.fromisoformat(_last_reaction_at)

        last_reaction_emoji = d.pop("lastReactionEmoji", UNSET)

        last_reaction_author = d.pop("lastReactionAuthor", UNSET)

        _last_note_at = d.pop("lastNoteAt", UNSET)
        last_note_at: datetime.datetime | Unset
        if isinstance(_last_note_at, Unset):
            last_note_at = UNSET
        else:
            last_note_at = datetime.datetime.fromisoformat(_last_note_at)

        _last_auto_reply_at = d.pop("lastAutoReplyAt", UNSET)
        last_auto_reply_at: datetime.datetime | Unset
        if isinstance(_last_auto_reply_at, Unset):
            last_auto_reply_at = UNSET
        else:
            last_auto_reply_at = datetime.datetime.fromisoformat(_last_auto_reply_at)

        _last_message = d.pop("lastMessage", UNSET)
        last_message: ChatLastMessage | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = ChatLastMessage.from_dict(_last_message)

        _contact = d.pop("contact", UNSET)
        contact: ChatContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ChatContact.from_dict(_contact)

        _owner = d.pop("owner", UNSET)
        owner: ChatOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = ChatOwner.from_dict(_owner)

        _stats = d.pop("stats", UNSET)
        stats: ChatStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ChatStats.from_dict(_stats)

        _meta = d.pop("meta", UNSET)
        meta: ChatMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ChatMeta.from_dict(_meta)

        _channel = d.pop("channel", UNSET)
        channel: ChatChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = ChatChannel.from_dict(_channel)

        _group = d.pop("group", UNSET)
        group: ChatGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = ChatGroup.from_dict(_group)

        _permissions = d.pop("permissions", UNSET)
        permissions: ChatPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ChatPermissions.from_dict(_permissions)

        chat = cls(
            wid=wid,
            lid=lid,
            name=name,
            kind=kind,
            status=status,
            wa_status=wa_status,
            status_updated_at=status_updated_at,
            status_updated_by=status_updated_by,
            prev_status_updated_at=prev_status_updated_at,
            date=date,
            expires_at=expires_at,
            first_message_at=first_message_at,
            last_message_at=last_message_at,
            last_reaction_at=last_reaction_at,
            last_reaction_emoji=last_reaction_emoji,
            last_reaction_author=last_reaction_author,
            last_note_at=last_note_at,
            last_auto_reply_at=last_auto_reply_at,
            last_message=last_message,
            contact=contact,
            owner=owner,
            stats=stats,
            meta=meta,
            channel=channel,
            group=group,
            permissions=permissions,
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
