"""Groups (with their participants and invite codes) and channels of a number. Creating or joining one
opens its chat, so messages can be sent to it (`group=` / `channel=` on any send)."""

from __future__ import annotations

import secrets
from typing import Any

from .._router import ApiError, Call, handles, not_found, ok, pick
from .._state import JSON, DeviceData, State, now, user_wid


def _new_group(state: State, data: DeviceData, kind: str, name: str, body: JSON) -> JSON:
    number = state.serial()
    wid = f"120363{number:012d}@g.us" if kind == "group" else f"120363{number:012d}@newsletter"
    code = secrets.token_urlsafe(16)
    prefix = "https://chat.whatsapp.com/" if kind == "group" else "https://whatsapp.com/channel/"
    group: JSON = {
        "id": wid,
        "wid": wid,
        "kind": kind,
        "name": name,
        "createdAt": now(),
        "updatedAt": now(),
        "device": data.id,
        "isReadOnly": False,
        "isArchive": False,
        "isPinned": False,
        "unreadCount": 0,
        "inviteCode": code,
        "inviteLink": prefix + code,
        **pick(body, "description"),
    }
    if kind == "group":
        data.groups[wid] = group
        owner = data.device.get("wid") or f"{data.id}@lid"
        data.participants[wid] = {owner: _participant(wid, owner, admin=True, owner=True)}
        for entry in body.get("participants", []):
            _add(data, wid, entry)
    else:
        data.channels[wid] = group
    data.chat(wid, name=name)
    return _view(data, group)


def _participant(group: str, wid: str, admin: bool = False, owner: bool = False) -> JSON:
    return {
        "id": wid,
        "wid": wid,
        "phone": "+" + wid.split("@", 1)[0],
        "chatWid": group,
        "isAdmin": admin,
        "isSuperAdmin": owner,
        "isContact": True,
        "syncedAt": now(),
    }


def _add(data: DeviceData, group: str, entry: Any) -> None:
    phone, admin = (
        (entry, False) if isinstance(entry, str) else (entry.get("phone", ""), entry.get("admin", False))
    )
    wid = user_wid(phone)
    data.participants[group][wid] = _participant(group, wid, admin=bool(admin))


def _view(data: DeviceData, group: JSON) -> JSON:
    """A group as the API shows it, in lists too: with its participants (evidence: list_groups, get_group)."""
    if group["kind"] == "group":
        members = list(data.participants.get(group["wid"], {}).values())
        return {**group, "totalParticipants": len(members), "participants": members}
    return group


@handles("GET /devices/{deviceId}/groups")
def list_groups(c: Call) -> Any:
    return c.page(_view(c.dev, g) for g in c.dev.groups.values() if c.matches(g, "kind"))


@handles("POST /devices/{deviceId}/groups")
def create_group(c: Call) -> Any:
    return _new_group(c.state, c.dev, "group", c.arg("name"), c.body)


def _invite_code(c: Call) -> str:
    code = c.arg("code") or str(c.arg("url") or "").rstrip("/").rsplit("/", 1)[-1]
    if not code:
        raise ApiError(400, "an invite code or url is required", "code")
    return str(code)


@handles("PUT /devices/{deviceId}/groups")
def join_group(c: Call) -> Any:
    return _new_group(c.state, c.dev, "group", f"Group {_invite_code(c)}", {})


@handles("DELETE /devices/{deviceId}/groups")
def leave_group(c: Call) -> Any:
    wid = c.arg("id")
    if c.dev.groups.pop(wid, None) is None:
        raise not_found("group", wid, "id")
    c.dev.participants.pop(wid, None)
    if c.arg("remove"):
        c.dev.chats.pop(wid, None)
    return ok("left the group", wid)


@handles("GET /devices/{deviceId}/groups/{groupId}", "GET /devices/{deviceId}/channels/{channelId}")
def get_group(c: Call) -> Any:
    return _view(c.dev, c.obj)


@handles("PATCH /devices/{deviceId}/groups/{groupId}", "PATCH /devices/{deviceId}/channels/{channelId}")
def update_group(c: Call) -> Any:
    c.obj.update(pick(c.body, "name", "description"), updatedAt=now())
    if isinstance(c.arg("image"), str):
        c.obj["imageUrl"] = c.arg("image")
    c.dev.chat(c.obj["wid"])["name"] = c.obj["name"]
    return _view(c.dev, c.obj)


@handles(
    "PUT /devices/{deviceId}/groups/{groupId}/image", "PUT /devices/{deviceId}/channels/{channelId}/image"
)
def update_group_image(c: Call) -> Any:
    c.obj["imageUrl"] = c.arg("url") or "data:image/jpeg;base64,"
    return ok("image updated", c.obj["wid"])


@handles(
    "GET /devices/{deviceId}/groups/{groupId}/invite", "DELETE /devices/{deviceId}/groups/{groupId}/invite"
)
def group_invite(c: Call) -> Any:
    if c.op.method == "DELETE":
        c.obj["inviteCode"] = secrets.token_urlsafe(16)
        c.obj["inviteLink"] = "https://chat.whatsapp.com/" + c.obj["inviteCode"]
    return {"code": c.obj["inviteCode"], "url": c.obj["inviteLink"], "wid": c.obj["wid"]}


@handles("GET /devices/{deviceId}/groups/{groupId}/members")
def list_pending_members(c: Call) -> Any:
    return []


@handles(
    "POST /devices/{deviceId}/groups/{groupId}/members", "DELETE /devices/{deviceId}/groups/{groupId}/members"
)
def review_members(c: Call) -> Any:
    count = len(c.arg("phones", []))
    return ok(f"{count} membership requests {'approved' if c.op.method == 'POST' else 'rejected'}")


@handles("POST /devices/{deviceId}/groups/{groupId}/participants")
def add_participants(c: Call) -> Any:
    for entry in c.arg("participants", []):
        _add(c.dev, c.obj["wid"], entry)
    return _view(c.dev, c.obj)  # the group as it is now, as the API answers


@handles("PATCH /devices/{deviceId}/groups/{groupId}/participants")
def update_participants(c: Call) -> Any:
    members = c.dev.participants[c.obj["wid"]]
    for entry in c.arg("participants", []):
        entry = {"phone": entry} if isinstance(entry, str) else entry
        member = members.get(user_wid(entry.get("phone", "")))
        if member is not None:
            member["isAdmin"] = bool(entry.get("admin", False))
    return _view(c.dev, c.obj)


@handles("DELETE /devices/{deviceId}/groups/{groupId}/participants")
def remove_participants(c: Call) -> Any:
    members = c.dev.participants[c.obj["wid"]]
    removed = [p for p in c.body if members.pop(user_wid(p), None) is not None]
    return ok(f"{len(removed)} participants removed", c.obj["wid"])


@handles("GET /devices/{deviceId}/channels")
def list_channels(c: Call) -> Any:
    return c.page(c.dev.channels.values())


@handles("POST /devices/{deviceId}/channels")
def create_channel(c: Call) -> Any:
    return _new_group(c.state, c.dev, "channel", c.arg("name"), c.body)


@handles("PUT /devices/{deviceId}/channels")
def join_channel(c: Call) -> Any:
    return _new_group(c.state, c.dev, "channel", f"Channel {_invite_code(c)}", {})


@handles("PATCH /devices/{deviceId}/channels")
def search_channels(c: Call) -> Any:
    """Public channels: the fake knows no others, so a search finds the number's own matching channels."""
    search = str(c.arg("search") or "").lower()
    found = [ch for ch in c.dev.channels.values() if search in ch["name"].lower()]
    return [
        {**pick(ch, "wid", "name", "description", "inviteCode", "inviteLink", "createdAt"), "followers": 0}
        for ch in found[: c.arg("limit", 20)]
    ]


@handles("DELETE /devices/{deviceId}/channels/{channelId}")
def delete_channel(c: Call) -> Any:
    del c.dev.channels[c.obj["wid"]]
    c.dev.chats.pop(c.obj["wid"], None)
    return ok("channel deleted", c.obj["wid"])
