"""How a team organises its chats: labels (addressed by name), departments, team members and their access
to numbers, quick replies and meeting links. Collections updated through PATCH on the collection pick the
item from the body (`name`, `department`, `id`), as the real API does."""

from __future__ import annotations

import secrets
from typing import Any

from .._router import ApiError, Call, handles, not_found, ok, pick
from .._state import JSON, label, now


@handles("GET /devices/{deviceId}/labels")
def list_labels(c: Call) -> Any:
    return c.page(c.dev.labels.values())


@handles("POST /devices/{deviceId}/labels")
def create_label(c: Call) -> Any:
    name = c.arg("name")
    if name in c.dev.labels:
        raise ApiError(409, f"label already exists: {name}", "name")
    c.dev.labels[name] = {**label(name), **pick(c.body, "color", "description")}
    return c.dev.labels[name]


@handles("PATCH /devices/{deviceId}/labels")
def update_label(c: Call) -> Any:
    label = c.dev.labels.get(c.arg("name"))
    if label is None:
        raise not_found("label", c.arg("name"), "name")
    label.update(pick(c.body, "color", "description"))
    return label


@handles("DELETE /devices/{deviceId}/labels")
def delete_label(c: Call) -> Any:
    name = c.arg("name")
    if c.dev.labels.pop(name, None) is None:
        raise not_found("label", name, "name")
    for chat in c.dev.chats.values():
        chat["labels"] = [n for n in chat["labels"] if n != name]
    return ok(f"label deleted: {name}")


@handles("GET /devices/{deviceId}/departments")
def list_departments(c: Call) -> Any:
    return c.page(c.dev.departments.values())


@handles("POST /devices/{deviceId}/departments")
def create_department(c: Call) -> Any:
    dep_id = c.state.new_id()
    c.dev.departments[dep_id] = {
        "id": dep_id,
        "device": c.dev.id,
        "createdAt": now(),
        "updatedAt": now(),
        **pick(c.body, "name", "color", "icon", "description", "agents"),
    }
    return c.dev.departments[dep_id]


def _department(c: Call) -> JSON:
    found = c.dev.departments.get(c.arg("department"))
    if found is None:
        raise not_found("department", c.arg("department"), "department")
    return found


@handles("PATCH /devices/{deviceId}/departments")
def update_department(c: Call) -> Any:
    department = _department(c)
    department.update(pick(c.body, "name", "color", "icon", "description", "agents"), updatedAt=now())
    return department


@handles("DELETE /devices/{deviceId}/departments")
def delete_department(c: Call) -> Any:
    del c.dev.departments[_department(c)["id"]]
    return ok("department deleted", c.arg("department"))


def _member(c: Call, key: str) -> JSON:
    user = c.state.team.get(c.arg(key))
    if user is None:
        raise not_found("team member", c.arg(key), key)
    return user


@handles("GET /team")
def list_team(c: Call) -> Any:
    search = str(c.query.get("search") or "").lower()
    device = c.query.get("device")
    return c.page(
        u
        for u in c.state.team.values()
        if c.matches(u, "ids", "id")
        and c.matches(u, "role")
        and c.matches(u, "status")
        and (device is None or device in u["devices"])
        and search in f"{u.get('displayName', '')} {u.get('email', '')}".lower()
    )


@handles("GET /devices/{deviceId}/team")
def list_device_team(c: Call) -> Any:
    return c.page(u for u in c.state.team.values() if c.dev.id in u["devices"])


@handles("POST /devices/{deviceId}/team")
def create_member(c: Call) -> Any:
    if any(u.get("email") == c.arg("email") for u in c.state.team.values()):
        raise ApiError(409, f"a team member already uses {c.arg('email')}", "email")
    user_id = c.state.new_id()
    c.state.team[user_id] = {
        "id": user_id,
        "status": "pending" if c.arg("invite") else "active",
        "settings": {"color": c.arg("color")},
        "devices": [c.dev.id],
        **pick(c.body, "displayName", "email", "role"),
    }
    return c.state.team[user_id]


@handles("PATCH /team")
def update_member(c: Call) -> Any:
    user = _member(c, "id")
    user.update(pick(c.body, "displayName", "email", "role"))
    if "color" in c.body:
        user["settings"]["color"] = c.body["color"]
    return user


@handles("DELETE /team")
def delete_members(c: Call) -> Any:
    removed = 0
    for entry in c.arg("users", []):
        match = [
            k for k, u in c.state.team.items() if k == entry.get("id") or u.get("email") == entry.get("email")
        ]
        for key in match:
            del c.state.team[key]
            removed += 1
    return ok(f"{removed} team members deleted")


@handles("PATCH /devices/{deviceId}/team")
def grant_device_access(c: Call) -> Any:
    user = _member(c, "id")
    if c.dev.id not in user["devices"]:
        user["devices"].append(c.dev.id)
    return ok(f"access to {c.dev.id} granted", user["id"])


@handles("DELETE /devices/{deviceId}/team")
def revoke_device_access(c: Call) -> Any:
    users = [u for u in c.state.team.values() if u["id"] == c.arg("id") or u.get("email") == c.arg("email")]
    for user in users:
        user["devices"] = [d for d in user["devices"] if d != c.dev.id]
    return ok(f"access to {c.dev.id} revoked for {len(users)} team members")


@handles("GET /devices/{deviceId}/quickReplies")
def list_quick_replies(c: Call) -> Any:
    return c.page(q for q in c.dev.quick_replies.values() if c.matches(q, "scope"))


@handles("POST /devices/{deviceId}/quickReplies")
def create_quick_reply(c: Call) -> Any:
    if any(q["shortcut"] == c.arg("shortcut") for q in c.dev.quick_replies.values()):
        raise ApiError(409, f"quick reply already exists: {c.arg('shortcut')}", "shortcut")
    reply_id = c.state.new_id()
    c.dev.quick_replies[reply_id] = {
        "id": reply_id,
        "scope": "chat",
        "active": True,
        "createdAt": now(),
        "updatedAt": now(),
        **pick(c.body, "shortcut", "message", "keywords"),
    }
    return c.dev.quick_replies[reply_id]


def _find_reply(c: Call, entry: JSON) -> JSON | None:
    if entry.get("id"):
        return c.dev.quick_replies.get(entry["id"])
    return next((q for q in c.dev.quick_replies.values() if q["shortcut"] == entry.get("shortcut")), None)


@handles("PATCH /devices/{deviceId}/quickReplies")
def update_quick_reply(c: Call) -> Any:
    reply = _find_reply(c, c.body)
    if reply is None:
        field = "id" if c.arg("id") else "shortcut"
        raise not_found("quick reply", c.arg(field), field)
    reply.update(pick(c.body, "shortcut", "message", "keywords"), updatedAt=now())
    return reply


@handles("DELETE /devices/{deviceId}/quickReplies")
def delete_quick_replies(c: Call) -> Any:
    found = [reply for reply in (_find_reply(c, entry) for entry in c.body) if reply is not None]
    for reply in found:
        del c.dev.quick_replies[reply["id"]]
    return ok(f"{len(found)} quick replies deleted")


@handles("GET /devices/{deviceId}/meeting-links")
def list_meeting_links(c: Call) -> Any:
    return c.page(m for m in c.dev.meeting_links.values() if c.matches(m, "kind"))


@handles("POST /devices/{deviceId}/meeting-links")
def create_meeting_link(c: Call) -> Any:
    link_id = c.state.new_id()
    c.dev.meeting_links[link_id] = {
        "id": link_id,
        "device": c.dev.id,
        "token": secrets.token_urlsafe(16),
        "expiresAt": now(),
        **pick(c.body, "kind", "message"),
    }
    return c.dev.meeting_links[link_id]


@handles("DELETE /devices/{deviceId}/meeting-links")
def delete_meeting_links(c: Call) -> Any:
    ids = c.arg("ids") or list(c.dev.meeting_links)
    removed = [i for i in ids if c.dev.meeting_links.pop(i, None) is not None]
    return ok(f"{len(removed)} meeting links deleted")
