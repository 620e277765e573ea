"""Chats of a number and what is in them: chat messages, chat files, notes, contacts, status posts.

Chats are opened by sending (a message to `+34600111222` opens `34600111222@c.us`) or by creating a group,
channel or contact; a sent outbound message appears among the chat messages with its WhatsApp id (`waId`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from .._messaging import FILE_BYTES
from .._router import ApiError, Call, Reply, handles, not_found, ok, pick
from .._state import JSON, contact, digits, duration, label, now, stamp, user_wid


def _wid(value: str) -> str:
    return value if "@" in value else user_wid(value)


@handles("GET /chat/{deviceId}/chats")
def list_chats(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    labels = set(c.query.get("labels") or [])
    found = [
        chat
        for chat in c.dev.chats.values()
        if c.matches(chat, "status")
        and c.matches(chat, "type", "kind")
        and (not labels or labels & set(chat["labels"]))
        and (search in chat["wid"] or search in str(chat.get("name", "")).lower())
    ]
    return [_chat_view(c, chat) for chat in c.page(found)]


@handles("GET /chat/{deviceId}/chats/{chatId}")
def get_chat(c: Call) -> Any:
    return _chat_view(c, c.obj)


def _chat_view(c: Call, chat: JSON) -> JSON:
    """A chat as the API shows it: with its `contact` (user chats), or its `group` and the group's
    `participants` (evidence: openapi/EVIDENCE.md, list_chats and get_chat)."""
    view = dict(chat)
    person = c.dev.contacts.get(chat["wid"]) if chat["kind"] == "chat" else None
    if person is not None:
        view["contact"] = pick(person, "wid", "phone", "name", "displayName")
    group = c.dev.groups.get(chat["wid"]) if chat["kind"] == "group" else None
    if group is not None:
        members = list(c.dev.participants.get(chat["wid"], {}).values())
        details = pick(group, "description", "createdAt")
        view["group"] = {**details, "totalParticipants": len(members), "participants": members}
    return view


# Bulk chat actions that set one flag: action -> (place, field, value).
_FLAGS: dict[str, tuple[str, str, Any]] = {
    "resolve": ("chat", "status", "resolved"),
    "unresolve": ("chat", "status", "active"),
    "pin": ("meta", "isPinned", True),
    "unpin": ("meta", "isPinned", False),
    "mute": ("meta", "isChatMuted", True),
    "unmute": ("meta", "isChatMuted", False),
    "read": ("meta", "isUnread", False),
    "unread": ("meta", "isUnread", True),
}


@handles("PATCH /chat/{deviceId}/chats")
def bulk_update_chats(c: Call) -> Any:
    action, params = c.arg("action"), c.arg("params", {})
    wids = [_wid(w) for w in c.arg("chats", [])] or list(c.dev.chats)
    chats = [c.dev.chats[w] for w in wids if w in c.dev.chats]
    for chat in chats:
        if action in _FLAGS:
            place, field, value = _FLAGS[action]
            (chat if place == "chat" else chat["meta"])[field] = value
        elif action == "labels":
            kept = [name for name in chat["labels"] if name not in params.get("remove", [])]
            chat["labels"] = kept + [n for n in params.get("add", []) if n not in kept and n in c.dev.labels]
        elif action in ("assign", "unassign"):
            chat["owner"] = (
                {"agent": params.get("agent", ""), "assignedAt": now()} if action == "assign" else {}
            )
        elif action in ("block", "unblock"):
            (c.dev.blocked.add if action == "block" else c.dev.blocked.discard)(chat["wid"])
    return ok(f"{len(chats)} chats updated")


@handles("DELETE /chat/{deviceId}/chats/{chatId}")
def delete_chat(c: Call) -> Any:
    wid = c.obj["wid"]
    del c.dev.chats[wid]
    for key in [k for k, m in c.dev.chat_messages.items() if m["chatWid"] == wid]:
        del c.dev.chat_messages[key]
    return ok("chat deleted", wid)


@handles("DELETE /devices/{deviceId}/chats")
def delete_chats(c: Call) -> Any:
    wids = [w for w in map(_wid, c.body) if c.dev.chats.pop(w, None) is not None]
    return ok(f"{len(wids)} chats deleted")


@handles("PUT /chat/{deviceId}/chats/{chatId}/archive", "DELETE /chat/{deviceId}/chats/{chatId}/archive")
def archive_chat(c: Call) -> Any:
    archive = c.op.method == "PUT"
    c.obj.update(status="archived" if archive else "active", statusUpdatedAt=now())
    c.obj["meta"]["isArchived"] = archive
    return ok("chat archived" if archive else "chat unarchived", c.obj["wid"])


@handles("PATCH /chat/{deviceId}/chats/{chatId}/attributes")
def update_chat_attributes(c: Call) -> Any:
    if "pinned" in c.body:
        c.obj["meta"]["isPinned"] = c.body["pinned"]
    if "muted" in c.body:
        c.obj["meta"]["isChatMuted"] = c.body["muted"]
    return ok("chat updated", c.obj["wid"])


@handles("PATCH /chat/{deviceId}/chats/{chatId}/labels")
def update_chat_labels(c: Call) -> Any:
    """Unknown labels are a 404, unless `upsert=true` asks to create them (evidence: update_chat_labels)."""
    for name in c.body:
        if name in c.dev.labels:
            continue
        if not c.query.get("upsert"):
            raise not_found("label", name, "labels")
        c.dev.labels[name] = label(name)
    c.obj["labels"] = list(dict.fromkeys(c.body))
    return ok(f"chat labels set: {', '.join(c.obj['labels']) or 'none'}", c.obj["wid"])


@handles("POST /chat/{deviceId}/chats/{chatId}/notes")
def create_note(c: Call) -> Any:
    wid = c.state.new_wa_id()
    c.dev.chat_messages[wid] = {
        "id": wid,
        "wid": wid,
        "chatWid": c.obj["wid"],
        "device": c.dev.id,
        "mtype": "note",
        "flow": "outbound",
        "type": "text",
        "kind": "text",
        "date": now(),
        "body": c.arg("message"),
    }
    c.obj["stats"]["notes"] += 1
    c.obj["lastNoteAt"] = now()
    return ok("note created", wid)


@handles("DELETE /chat/{deviceId}/chats/{chatId}/notes")
def delete_notes(c: Call) -> Any:
    ids = c.arg("ids")
    notes = [
        k for k, m in c.dev.chat_messages.items() if m["chatWid"] == c.obj["wid"] and m["mtype"] == "note"
    ]
    removed = [k for k in notes if not ids or k in ids]
    for key in removed:
        del c.dev.chat_messages[key]
    c.obj["stats"]["notes"] -= len(removed)
    return ok(f"{len(removed)} notes deleted")


@handles("PATCH /chat/{deviceId}/chats/{chatId}/owner")
def assign_chat(c: Call) -> Any:
    agent, department = c.arg("agent"), c.arg("department")
    if c.arg("email"):
        agent = next((u["id"] for u in c.state.team.values() if u.get("email") == c.arg("email")), None)
        if agent is None:
            raise not_found("team member", c.arg("email"), "email")
    if agent is not None and agent not in c.state.team:
        raise not_found("team member", agent, "agent")
    if department is not None and department not in c.dev.departments:
        raise not_found("department", department, "department")
    c.obj["owner"] = {
        "assignedAt": now(),
        **({"agent": agent} if agent else {}),
        **({"department": department} if department else {}),
    }
    return ok("chat assigned", c.obj["wid"])


@handles("DELETE /chat/{deviceId}/chats/{chatId}/owner")
def unassign_chat(c: Call) -> Any:
    previous = c.obj.get("owner", {}).get("agent")
    c.obj["owner"] = {"unassignedAt": now(), **({"previousAgent": previous} if previous else {})}
    return ok("chat unassigned", c.obj["wid"])


@handles("GET /chat/{deviceId}/chats/{chatId}/participants")
def list_chat_participants(c: Call) -> Any:
    return c.page(c.dev.participants.get(c.obj["wid"], {}).values())


@handles("PATCH /chat/{deviceId}/chats/{chatId}/status")
def set_chat_status(c: Call) -> Any:
    c.obj.update(status=c.arg("status"), statusUpdatedAt=now())
    return ok(f"chat status: {c.obj['status']}", c.obj["wid"])


@handles("GET /chat/{deviceId}/chats/{chatId}/sync")
def sync_chat_messages(c: Call) -> Any:
    return c.page(m for m in c.dev.chat_messages.values() if m["chatWid"] == c.obj["wid"])


@handles("PATCH /chat/{deviceId}/chats/{chatId}/unread")
def update_read_status(c: Call) -> Any:
    unread = bool(c.arg("unread"))
    c.obj["meta"].update(isUnread=unread, unreadCount=1 if unread else 0)
    return ok("chat marked as unread" if unread else "chat marked as read", c.obj["wid"])


@handles("POST /chat/{deviceId}/sync")
def sync_chats(c: Call) -> Any:
    return ok(f"{len(c.dev.chats)} chats synchronized")


@handles("POST /chat/{deviceId}/typing")
def send_typing(c: Call) -> Any:
    return ok(f"typing state sent: {c.arg('action')}")


@handles("GET /chat/{deviceId}/messages")
def list_chat_messages(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    found = [
        m
        for m in c.dev.chat_messages.values()
        if c.matches(m, "chat", "chatWid")
        and c.matches(m, "flow")
        and c.matches(m, "ack")
        and c.matches(m, "kind")
        and c.matches(m, "reference")
        and search in str(m.get("body", "")).lower()
    ]
    return c.page(found)


@handles("GET /chat/{deviceId}/messages/{messageId}")
def get_chat_message(c: Call) -> Any:
    return c.obj


@handles("PATCH /chat/{deviceId}/messages/{messageId}")
def edit_chat_message(c: Call) -> Any:
    if c.obj["flow"] != "outbound":
        raise ApiError(409, "only messages sent by this number can be edited", "messageId")
    c.obj.update(body=c.arg("message"), editedAt=now())
    return ok("message edited", c.obj["wid"])


@handles("DELETE /chat/{deviceId}/messages/{messageId}")
def delete_chat_message(c: Call) -> Any:
    del c.dev.chat_messages[c.obj["wid"]]
    return ok("message deleted", c.obj["wid"])


@handles("GET /chat/{deviceId}/messages/{messageId}/ackinfo")
def message_ack_info(c: Call) -> Any:
    participant = {"wid": c.obj.get("to", c.obj["chatWid"]), "ack": c.obj.get("ack", "sent")}
    return {"wid": c.obj["wid"], "ack": c.obj.get("ack", "sent"), "participants": [participant]}


@handles("GET /chat/{deviceId}/files")
def list_chat_files(c: Call) -> Any:
    return c.page(
        f for f in c.dev.chat_files.values() if c.matches(f, "chat") and c.matches(f, "type", "kind")
    )


@handles("GET /chat/{deviceId}/files/{fileId}")
def get_chat_file(c: Call) -> Any:
    return c.obj


@handles("GET /chat/{deviceId}/files/{fileId}/download", "GET /files/{fileId}/download")
def download_file(c: Call) -> Any:
    """An uploaded file answers the bytes it was uploaded with; media in chats, a placeholder."""
    uploaded = c.state.file_contents.get(c.obj["id"]) if c.op.path.startswith("/files") else None
    return Reply(FILE_BYTES if uploaded is None else uploaded, "application/octet-stream")


_INFO_SKIP = ("sync", "assign", "upsert", "metadata", "phone", "$remove")


def _apply_contact(record: JSON, body: JSON) -> JSON:
    info = {
        **record.get("info", {}),
        **{k: v for k, v in body.items() if k not in _INFO_SKIP},
        "updatedAt": now(),
    }
    for field in body.get("$remove", []):
        info.pop(field, None)
    record["info"] = info
    if "name" in info:
        record["name"] = record["displayName"] = " ".join(filter(None, (info["name"], info.get("surname"))))
    if "metadata" in body:
        record["metadata"] = body["metadata"]
    return record


@handles("GET /chat/{deviceId}/contacts")
def list_contacts(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    return c.page(x for x in c.dev.contacts.values() if search in f"{x['wid']} {x.get('name', '')}".lower())


@handles("POST /chat/{deviceId}/contacts")
def create_contact(c: Call) -> Any:
    wid = _contact_wid(c.arg("phone"), "phone")
    if wid in c.dev.contacts and not c.arg("upsert"):
        raise ApiError(409, f"contact already exists: {wid}", "phone")
    record = c.dev.contacts.setdefault(wid, contact(wid))
    return _apply_contact(record, c.body)


@handles("PATCH /chat/{deviceId}/contacts")
def bulk_create_contacts(c: Call) -> Any:
    wids = [_contact_wid(entry.get("phone"), f"{i}.phone") for i, entry in enumerate(c.body)]
    for wid, entry in zip(wids, c.body, strict=True):
        _apply_contact(c.dev.contacts.setdefault(wid, contact(wid)), entry)
    return ok(f"{len(c.body)} contacts saved")


def _contact_wid(phone: Any, field: str) -> str:
    """The WID of a contact's phone; a phone with no digits (the spec allows any string) is refused."""
    if not digits(str(phone or "")):
        raise ApiError(400, f"not a phone number: {phone!r}", field)
    return user_wid(str(phone))


@handles("GET /chat/{deviceId}/contacts/{contactId}")
def get_contact(c: Call) -> Any:
    return c.obj


@handles("PATCH /chat/{deviceId}/contacts/{contactId}")
def update_contact(c: Call) -> Any:
    return _apply_contact(c.obj, c.body)


@handles("DELETE /chat/{deviceId}/contacts/{contactId}")
def delete_contact(c: Call) -> Any:
    del c.dev.contacts[c.obj["wid"]]
    return ok("contact deleted", c.obj["wid"])


@handles("PUT /chat/{deviceId}/contacts/{contactId}/metadata")
def replace_contact_metadata(c: Call) -> Any:
    c.obj["metadata"] = list(c.body)
    return ok(f"{len(c.body)} metadata entries set", c.obj["wid"])


@handles("PATCH /chat/{deviceId}/contacts/{contactId}/metadata")
def upsert_contact_metadata(c: Call) -> Any:
    entries = {e.get("key"): e for e in c.obj.get("metadata", [])}
    entries.update({e.get("key"): e for e in c.body})
    c.obj["metadata"] = list(entries.values())
    return ok(f"{len(c.body)} metadata entries saved", c.obj["wid"])


@handles("POST /devices/{deviceId}/block", "DELETE /devices/{deviceId}/block")
def block_contacts(c: Call) -> Any:
    wids = [_wid(p) for p in c.arg("contacts", [])]
    if c.op.method == "POST":
        c.dev.blocked.update(wids)
    else:
        c.dev.blocked.difference_update(wids)
    return ok(f"{len(wids)} contacts {'blocked' if c.op.method == 'POST' else 'unblocked'}")


@handles("GET /chat/{deviceId}/status")
def list_statuses(c: Call) -> Any:
    return c.page(c.dev.statuses.values())


@handles("POST /chat/{deviceId}/status")
def publish_status(c: Call) -> Any:
    wid = c.state.new_wa_id()
    media = c.arg("media")
    status: JSON = {
        "id": wid,
        "wid": wid,
        "kind": "image" if media else "text",
        "flow": "outbound",
        "ack": "sent",
        "status": "sent",
        "date": now(),
        "createdAt": now(),
        **pick(c.body, "message", "font", "color", "reference", "media"),
    }
    schedule = c.arg("schedule")
    if isinstance(schedule, dict) and schedule:  # {delay: seconds | true (then delayTo)}, {delayTo}, {date}
        status.update(status="scheduled", ack="pending", deliverAt=_status_due(schedule))
    c.dev.statuses[wid] = status
    return status


def _status_due(schedule: JSON) -> str:
    if schedule.get("date"):
        return str(schedule["date"])
    delay = schedule.get("delay")
    if isinstance(delay, int) and not isinstance(delay, bool):
        return stamp(datetime.now(UTC) + timedelta(seconds=delay))
    return stamp(datetime.now(UTC) + (duration(str(schedule.get("delayTo") or "1h")) or timedelta(hours=1)))


@handles("DELETE /chat/{deviceId}/status")
def delete_statuses(c: Call) -> Any:
    ids = [*c.arg("status", []), *c.arg("scheduled", [])]
    removed = [i for i in ids if c.dev.statuses.pop(i, None) is not None]
    return ok(f"{len(removed)} status posts deleted")


@handles("GET /chat/{deviceId}/status/{statusId}")
def get_status(c: Call) -> Any:
    return c.obj
