"""Outbound messages: what POST /messages creates, and how it moves queued -> sent -> delivered.

Progress never depends on a clock, so tests are deterministic: a message advances one step each time it is
read (GET /messages/{id}) and on each `FakeSparkBot.advance()`. It leaves the queue only while its number's
session is online and the queue active, and a scheduled one (`deliverAt`) only once that time has passed.
Each step raises the webhook event the real platform sends: message:out:new, then message:out:ack.
"""

from __future__ import annotations

import posixpath
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from ._router import ApiError, not_found
from ._spec import validate_variant
from ._state import JSON, DeviceData, State, duration, now, stamp, user_wid

# Body field that marks each kind of sent message -> (schema of that kind in the spec, its waType).
_KINDS = (
    ("media", "SendMediaMessage", "media"),
    ("deliverAt", "SendScheduledMessage", "text"),
    ("poll", "SendPollMessage", "poll"),
    ("event", "SendEventMessage", "event"),
    ("confirm", "SendEventConfirmation", "event_response"),
    ("location", "SendLocationMessage", "location"),
    ("contacts", "SendContactsMessage", "vcard"),
    ("reactionMessage", "SendReaction", "reaction"),
    ("reaction", "SendReaction", "reaction"),
    ("product", "SendProductMessage", "product"),
    ("forward", "ForwardMessage", "forward"),
    ("list", "SendListMessage", "list"),
)
_MEDIA_KINDS = {
    **dict.fromkeys(("jpg", "jpeg", "png", "gif", "webp"), "image"),
    **dict.fromkeys(("mp4", "mov", "3gp"), "video"),
    **dict.fromkeys(("mp3", "ogg", "opus", "m4a"), "audio"),
}
# Body fields kept on the outbound message as they were sent.
_COPIED = ("message", "reference", "priority", "deliverAt", "quote", "location", "event", "poll", "vote",
           "contacts", "reaction", "reactionMessage", "product", "label", "agent", "list")  # fmt: skip


def kind_of(body: JSON) -> tuple[str, str]:
    """(schema name, waType) of a POST /messages body."""
    if "vote" in body:
        return ("SendPollVote", "poll_vote") if "options" in body["vote"] else ("DeletePollVote", "poll_vote")
    return next(((schema, wa) for key, schema, wa in _KINDS if key in body), ("SendTextMessage", "text"))


def media_info(url: str) -> JSON:
    filename = posixpath.basename(urlsplit(url).path) or "file"
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = _MEDIA_KINDS.get(ext, "document")
    mime = f"{kind if kind in ('image', 'video', 'audio') else 'application'}/{ext or 'pdf'}"
    return {"kind": kind, "filename": filename, "extension": ext, "mime": mime}


def _media(state: State, media: JSON) -> JSON:
    """The media of a sent message: from its public `url`, or from an uploaded `file` (by id)."""
    if "url" in media:
        info = media_info(media["url"])
        return {
            "url": media["url"],
            "kind": info["kind"],
            "filename": media.get("filename", info["filename"]),
        }
    uploaded = state.files.get(media["file"])
    if uploaded is None:
        raise not_found("file", media["file"], "media.file")
    info = media_info(media.get("filename") or uploaded.get("filename") or "file")
    return {"file": media["file"], "kind": info["kind"], "filename": info["filename"]}


def create(state: State, body: Any) -> JSON:
    """Validate a send request against its kind, queue the message and open (or update) its chat."""
    if not isinstance(body, dict):
        raise ApiError(400, "a JSON object body is required", "body")
    schema, wa_type = kind_of(body)
    validate_variant(schema, body)
    device = body.get("device") or next(iter(state.devices), None)  # the API's default: the first number
    data = state.devices.get(device) if device else None
    if data is None:
        raise not_found("device", str(device), "device")
    wid = _target(data, body)
    message: JSON = {
        "id": state.new_id(),
        "device": data.id,
        "entity": "message",
        "source": "api",
        "flow": "outbound",
        "wid": wid,
        "chat": wid,
        "waType": wa_type,
        "status": "queued",
        "deliveryStatus": "queued",
        "priority": "normal",
        "createdAt": now(),
        "failedAt": None,
        "retry": {"count": 0},
    }
    for target in ("phone", "group", "channel"):
        if target in body:
            message[target] = body[target]
    message.update({key: body[key] for key in _COPIED if key in body})
    if isinstance(body.get("schedule"), dict):
        message["deliverAt"] = _scheduled(body["schedule"])
    message["schedule"] = {"enabled": "deliverAt" in message}
    if "media" in body:
        message["media"] = _media(state, body["media"])
        message["waType"] = message["media"]["kind"]
    if "forward" in body:
        message["forward"] = body["forward"]["message"]
    if "confirm" in body:
        message["attend"] = {"event": body["confirm"]["event"], "confirm": True}
    data.chat(wid)
    state.messages[message["id"]] = message
    state.emit("message:out:new", data.id, message)
    return message


def _scheduled(schedule: JSON) -> str:
    """When a `schedule` (`{date}` or `{delayTo: "1h"}`, evidence: send_message) says to deliver."""
    if schedule.get("date"):
        return str(schedule["date"])
    delay = duration(str(schedule.get("delayTo", "")))
    if delay is None:
        raise ApiError(400, "schedule needs a date or a delayTo like 30m, 1h, 2d", "schedule.delayTo")
    return stamp(datetime.now(UTC) + delay)


def _target(data: DeviceData, body: JSON) -> str:
    if "group" in body:
        if body["group"] not in data.groups:
            raise not_found("group", body["group"], "group")
        return str(body["group"])
    if "channel" in body:
        if body["channel"] not in data.channels:
            raise not_found("channel", body["channel"], "channel")
        return str(body["channel"])
    if "phone" in body:
        return user_wid(body["phone"])
    raise ApiError(400, "one of phone, group or channel is required", "phone")


def advance(state: State, message: JSON) -> bool:
    """Move one message one delivery step; return whether it moved."""
    data = state.devices.get(message["device"])
    if data is None or not data.online or data.queue["status"] != "active":
        return False
    if message["status"] == "queued" and _due(message):
        wa_id = state.new_wa_id()
        message.update(status="sent", deliveryStatus="sent", waId=wa_id, sentAt=now(), processedAt=now())
        _record_in_chat(data, message)
    elif message["status"] == "sent":
        message.update(status="delivered", deliveryStatus="delivered", deliveredAt=now())
        if message["waId"] in data.chat_messages:
            data.chat_messages[message["waId"]]["ack"] = "delivered"
    else:
        return False
    state.emit("message:out:ack", data.id, message)
    return True


def _due(message: JSON) -> bool:
    when = message.get("deliverAt")
    if not when:
        return True
    at = datetime.fromisoformat(str(when))
    return (at if at.tzinfo else at.replace(tzinfo=UTC)) <= datetime.now(UTC)


def _record_in_chat(data: DeviceData, message: JSON) -> None:
    """A sent message shows up in its chat (and a media one among the chat's files)."""
    wid, wa_id, stamp = message["wid"], message["waId"], message["sentAt"]
    chat = data.chat(wid)
    entry: JSON = {
        "id": wa_id,
        "wid": wa_id,
        "chatWid": wid,
        "device": data.id,
        "mtype": "message",
        "flow": "outbound",
        "status": "active",
        "from": data.device.get("wid", ""),
        "fromNumber": data.device.get("phone", ""),
        "to": wid,
        "toNumber": "+" + wid.split("@", 1)[0],
        "ack": "sent",
        "type": message["waType"],
        "kind": message["waType"],
        "date": stamp,
        "timestamp": int(datetime.fromisoformat(stamp).timestamp()),
        "events": {"sent": {"date": stamp}},
        "chat": {"id": wid, "type": chat["kind"], **({"name": chat["name"]} if "name" in chat else {})},
        "meta": {"isGroup": chat["kind"] == "group"},
        "body": message.get("message", ""),
    }
    if "reference" in message:
        entry["reference"] = message["reference"]
    data.chat_messages[wa_id] = entry
    chat.setdefault("firstMessageAt", stamp)
    chat["lastMessageAt"] = chat["lastOutboundMessageAt"] = stamp
    chat["lastMessage"] = {"wid": wa_id, "body": entry["body"], "kind": entry["kind"], "date": stamp}
    chat["stats"]["outboundMessages"] += 1
    if "media" in message:
        info = media_info(message["media"]["filename"])
        file_id = message["id"]
        data.chat_files[file_id] = {
            "id": file_id,
            "message": wa_id,
            "chat": wid,
            "status": "available",
            "flow": "outbound",
            "type": info["kind"],
            "caption": message.get("message"),  # the text sent with the media, else null
            "size": len(FILE_BYTES),
            "createdAt": stamp,
            "stats": {"downloads": 0},
            **info,
        }


FILE_BYTES = b"%PDF-1.4\n% sparkbot fake file\n"
"""What every file download answers: the fake keeps no real media."""


def queue_counts(state: State, device: str) -> dict[str, Any]:
    queued = [m for m in state.messages.values() if m["device"] == device and m["status"] == "queued"]
    scheduled = sum(1 for m in queued if not _due(m))
    return {
        "total": len(queued),
        "queued": len(queued) - scheduled,
        "pending": len(queued) - scheduled,
        "processing": 0,
        "scheduled": scheduled,
        "failed": 0,
        "messages": len(queued),
    }
