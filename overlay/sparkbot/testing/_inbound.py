"""Inbound messages: someone writes to one of the fake's numbers (`FakeSparkBot.receive`).

The message lands in its chat (as GET /chat/{deviceId}/messages shows it) and raises `message:in:new` with
the data SparkBot's webhooks carry for it: `id`, `type`, `flow: inbound`, `body`, `fromNumber`/`toNumber`,
`from`/`to`, `date`/`timestamp`, `chat {id, type, name, labels, contact}` and `media` for files; plus the
chat-message fields (`wid`, `kind`, `chatWid`) that `sparkbot.webhooks.MessageEvent.message` reads.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

from ._messaging import FILE_BYTES, media_info
from ._state import JSON, DeviceData, State, now, user_wid

_PHONE = re.compile(r"^\+[1-9]\d{1,14}$")
_GROUP = re.compile(r"^[0-9-]{10,40}@g\.us$")


def receive(
    state: State,
    data: DeviceData,
    text: str | None,
    *,
    phone: str,
    media: str | Mapping[str, Any] | None = None,
    group: str | None = None,
) -> JSON:
    """Record an inbound message from `phone` (in `group` when given) and queue its webhook event."""
    if not isinstance(phone, str) or not _PHONE.match(phone):
        raise ValueError(f"phone must be in E.164 form like +34600111333, got {phone!r}")
    if group is not None and not _GROUP.match(group):
        raise ValueError(f"group must be a group chat id like 120363012345678901@g.us, got {group!r}")
    if text is None and media is None:
        raise ValueError("receive() needs a text, a media, or both (the text is then the caption)")
    sender = user_wid(phone)
    chat_wid = group or sender
    if group is not None and group not in data.groups:
        _join(data, group, sender)
    chat = data.chat(chat_wid)
    wa_id, stamp = state.new_wa_id(), now()
    kind = "text"
    message: JSON = {
        "id": wa_id,
        "wid": wa_id,
        "type": kind,
        "kind": kind,
        "flow": "inbound",
        "from": sender,
        "to": data.device.get("wid", ""),
        "fromNumber": phone,
        "toNumber": data.device.get("phone", ""),
        "date": stamp,
        "timestamp": int(time.time()),
        "ack": "delivered",
        "chatWid": chat_wid,
        "chat": {
            "id": chat_wid,
            "type": chat["kind"],
            "name": chat.get("name") or (phone if group is None else group),
            "labels": list(chat.get("labels", [])),
        },
    }
    if group is None:
        message["chat"]["contact"] = {"phone": phone}
    else:
        message["author"] = sender
    if media is not None:
        file = _file(state, data, chat_wid, wa_id, media, text)
        message.update(type=file["kind"], kind=file["kind"], media=file["view"])
    else:
        message["body"] = text
    _record(data, chat, message)
    state.emit("message:in:new", data.id, message)
    return message


def _join(data: DeviceData, group: str, sender: str) -> None:
    """The number is in the group the message came from (the fake learns of it now)."""
    data.groups[group] = {
        "wid": group,
        "kind": "group",
        "name": "Group " + group.split("@", 1)[0][-4:],
        "createdAt": now(),
        "updatedAt": now(),
        "isReadOnly": False,
    }
    member = {"chatWid": group, "isAdmin": False, "isSuperAdmin": False, "isContact": True, "syncedAt": now()}
    data.participants[group] = {sender: {"wid": sender, **member}}
    data.chat(group, name=data.groups[group]["name"])


def _file(
    state: State, data: DeviceData, chat: str, wa_id: str, media: str | Mapping[str, Any], caption: str | None
) -> JSON:
    url = media if isinstance(media, str) else media.get("url")
    if not isinstance(url, str) or not url:
        raise ValueError("media must be a URL or a mapping with a 'url'")
    info = media_info(url)
    caption = caption if caption is not None else _caption(media)
    file_id = state.new_id()
    data.chat_files[file_id] = {
        "id": file_id,
        "message": wa_id,
        "chat": chat,
        "status": "available",
        "size": len(FILE_BYTES),
        "createdAt": now(),
        **info,
    }
    view: JSON = {
        "id": file_id,
        "type": info["kind"],
        "mime": info["mime"],
        "filename": info["filename"],
        "extension": info["extension"],
        "size": len(FILE_BYTES),
        "links": {"download": f"/v1/chat/{data.id}/files/{file_id}/download"},
    }
    if caption:
        view["caption"] = caption
    return {"kind": info["kind"], "view": view}


def _caption(media: str | Mapping[str, Any]) -> str | None:
    caption = media.get("caption") if isinstance(media, Mapping) else None
    return caption if isinstance(caption, str) else None


def _record(data: DeviceData, chat: JSON, message: JSON) -> None:
    entry: JSON = {
        "wid": message["id"],
        "chatWid": message["chatWid"],
        "device": data.id,
        "mtype": "message",
        "flow": "in",
        "from": message["from"],
        "to": message["to"],
        "ack": "delivered",
        "kind": message["kind"],
        "date": message["date"],
        "body": message.get("body") or message.get("media", {}).get("caption", ""),
    }
    data.chat_messages[message["id"]] = entry
    chat["lastMessageAt"] = message["date"]
    chat["lastMessage"] = {
        "wid": entry["wid"],
        "body": entry["body"],
        "kind": entry["kind"],
        "date": entry["date"],
    }
    chat["stats"]["inboundMessages"] += 1
    chat["meta"].update(unreadCount=chat["meta"]["unreadCount"] + 1, isUnread=True)
