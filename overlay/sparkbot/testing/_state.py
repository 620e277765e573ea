"""The fake's in-memory data: plain dicts shaped like the API's own objects, so that answering a request is
returning (a copy of) what is stored, and the spec's response schemas hold by construction.

Account-wide things (devices, outbound messages, files, webhooks, team, campaigns) live on `State`; what
belongs to one WhatsApp number (chats, contacts, labels, groups ...) lives on its `DeviceData`.
"""

from __future__ import annotations

import copy
import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

JSON = dict[str, Any]
Store = dict[str, JSON]


def now() -> str:
    return stamp(datetime.now(UTC))


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}
_DURATION = re.compile(r"(?:(\d+)\s*([smhdwy]))+")


def duration(notation: str) -> timedelta | None:
    """A delay in the API's time notation (`30m`, `6h`, `2d`, `1y`, `1h30m`), or None if it is not one."""
    text = notation.strip().lower()
    if not _DURATION.fullmatch(text):
        return None
    pairs = re.findall(r"(\d+)\s*([smhdwy])", text)
    return timedelta(seconds=sum(int(amount) * _UNITS[unit] for amount, unit in pairs))


def stamp(when: datetime) -> str:
    """A UTC time as the API writes it: `2026-12-01T10:40:47Z`."""
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")


def digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def user_wid(phone: str) -> str:
    """The chat id of a phone number: `+34 600-111-222` -> `34600111222@c.us`."""
    return f"{digits(phone)}@c.us"


_CHAT_KINDS = {"c.us": "chat", "lid": "chat", "g.us": "group", "newsletter": "channel"}


def contact(wid: str, **fields: Any) -> JSON:
    number = wid.split("@", 1)[0]
    return {"wid": wid, "phone": f"+{number}", "createdAt": now(), "metadata": [], **fields}


def label(name: str, color: str = "blue", description: str = "") -> JSON:
    """A chat label (labels are addressed by name); blue is the API's default color."""
    return {"name": name, "color": color, "description": description, "active": True, "scope": "chat"}


@dataclass
class DeviceData:
    """One WhatsApp number and everything scoped to it."""

    device: JSON
    chats: Store = field(default_factory=dict)
    chat_messages: Store = field(default_factory=dict)
    chat_files: Store = field(default_factory=dict)
    contacts: Store = field(default_factory=dict)
    labels: Store = field(default_factory=dict)
    departments: Store = field(default_factory=dict)
    groups: Store = field(default_factory=dict)
    participants: dict[str, Store] = field(default_factory=dict)
    channels: Store = field(default_factory=dict)
    quick_replies: Store = field(default_factory=dict)
    statuses: Store = field(default_factory=dict)
    meeting_links: Store = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)
    queue: JSON = field(default_factory=lambda: {"status": "active", "statusUpdatedAt": now()})

    @property
    def id(self) -> str:
        return str(self.device["id"])

    @property
    def online(self) -> bool:
        return bool(self.device["session"]["status"] == "online")

    def chat(self, wid: str, name: str | None = None) -> JSON:
        """The chat `wid`, created (with its contact, for a user chat) on first use."""
        if wid not in self.chats:
            kind = _CHAT_KINDS.get(wid.rsplit("@", 1)[-1], "chat")
            stamp = now()
            # Keyed by `id` as the API answers (evidence: openapi/EVIDENCE.md, list_chats), `wid` kept too.
            chat: JSON = {"id": wid, "wid": wid, "type": kind, "kind": kind, "date": stamp}
            chat.update(status="active", waStatus="active")
            chat.update(labels=[], stats={"notes": 0, "inboundMessages": 0, "outboundMessages": 0})
            chat["meta"] = {"unreadCount": 0, "isUnread": False, "isPinned": False, "isChatMuted": False}
            if name:
                chat["name"] = name
            self.chats[wid] = chat
            if kind == "chat" and wid not in self.contacts:
                self.contacts[wid] = contact(wid)
        return self.chats[wid]


@dataclass
class State:
    """All the data of one fake account. Not thread-safe by itself: the app holds a lock around its use."""

    devices: dict[str, DeviceData] = field(default_factory=dict)
    messages: Store = field(default_factory=dict)
    files: Store = field(default_factory=dict)
    file_contents: dict[str, bytes] = field(default_factory=dict)
    """The bytes of each uploaded file (what its download answers), by file id."""
    webhooks: Store = field(default_factory=dict)
    webhook_logs: dict[str, list[JSON]] = field(default_factory=dict)
    team: Store = field(default_factory=dict)
    campaigns: Store = field(default_factory=dict)
    campaign_contacts: dict[str, list[JSON]] = field(default_factory=dict)
    outbox: list[tuple[str, str, JSON]] = field(default_factory=list)
    """Webhook events raised by the last changes, (event, device id, data), until the app sends them."""
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def serial(self) -> int:
        """The next number of the counter every generated id is made from."""
        return next(self._counter)

    def new_id(self) -> str:
        """A Mongo-style ObjectId: creation time then a counter, so ids sort by creation."""
        return f"{int(time.time()):08x}{self.serial():016x}"

    def new_wa_id(self) -> str:
        """A WhatsApp message id (`^[a-fA-F0-9]{18,32}$`)."""
        return f"3EB0{self.serial():016X}"

    def emit(self, event: str, device: str, data: JSON) -> None:
        self.outbox.append((event, device, copy.deepcopy(data)))

    def add_device(
        self,
        *,
        phone: str | None,
        alias: str,
        id: str | None = None,
        session: str = "online",
        plan: str = "professional",
        description: str | None = None,
    ) -> DeviceData:
        device_id = id or self.new_id()
        stamp = now()
        device: JSON = {
            "id": device_id,
            "alias": alias,
            "connector": "web",
            "version": 2,
            "status": "operative" if session == "online" else "pending",
            "createdAt": stamp,
            "session": {"status": session, "uptime": 0, "appVersion": "2.3000.0", "lastSyncAt": stamp},
            "billing": {"plan": plan},
            "profile": {"name": alias, "status": "Hey there! I am using WhatsApp.", "lastSyncAt": stamp},
        }
        if phone is not None:
            device.update(phone=phone, wid=user_wid(phone))
        if description is not None:
            device["description"] = description
        data = DeviceData(device)
        self.devices[device_id] = data
        return data


def seed(state: State) -> None:
    """The account a newcomer expects: one online number and two labels."""
    data = state.add_device(id="6650f1a2b3c4d5e6f7a8b9c0", phone="+34600111222", alias="main")
    for name, color in (("new-customer", "sunflower"), ("vip", "gold")):
        data.labels[name] = label(name, color)
