"""How a handler sees one request (`Call`), how it fails (`ApiError`), and the handler registry.

Handlers are plain functions `(Call) -> body` registered with `@handles("POST /messages")`; the body goes
out with the operation's documented success status. Path ids are resolved before the handler runs, so an
unknown device, chat, group, message ... is a 404 for every operation alike, not per handler.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._spec import ApiOperation
from ._state import JSON, DeviceData, State, Store


class ApiError(Exception):
    """An answer in the API's Error shape; `field` (a parameter or body field) goes into `errors`, `code`
    into `errorCode`, `meta` (what the caller needs next, e.g. the existing file of a duplicate) as is."""

    def __init__(
        self,
        status: int,
        message: str,
        field: str | None = None,
        detail: str | None = None,
        *,
        code: str | None = None,
        meta: JSON | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.detail = detail or message
        self.code = code
        self.meta = meta

    def body(self) -> JSON:
        body: JSON = {"status": self.status, "message": self.message}
        if self.code:
            body["errorCode"] = self.code
        if self.field:
            body["errors"] = [{"reason": self.field, "message": self.detail}]
        if self.meta is not None:
            body["meta"] = self.meta
        return body


def not_found(kind: str, key: str, field: str | None = None) -> ApiError:
    return ApiError(404, f"{kind} not found: {key}", field)


@dataclass(frozen=True)
class Reply:
    """A non-JSON answer (QR code SVG, file bytes) or a JSON one with a status other than the documented."""

    body: Any
    media_type: str = "application/json"
    status: int | None = None


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart/form-data body."""

    filename: str
    content_type: str
    data: bytes


@dataclass
class Call:
    state: State
    op: ApiOperation
    path: dict[str, str]
    query: JSON
    body: Any
    """The JSON body, or the text fields of a multipart/form-data one."""
    uploads: dict[str, Upload] = dataclasses.field(default_factory=dict)
    """The file parts of a multipart/form-data body, by field name."""
    multipart: bool = False
    """Whether the body came as multipart/form-data."""
    device_data: DeviceData | None = None
    target: JSON | None = None
    """The stored object named by the last path id (chat, group, message, webhook ...), if any."""

    @property
    def dev(self) -> DeviceData:
        assert self.device_data is not None, f"{self.op.path} has no deviceId"
        return self.device_data

    @property
    def obj(self) -> JSON:
        assert self.target is not None, f"{self.op.path} names no object"
        return self.target

    def arg(self, name: str, default: Any = None) -> Any:
        """A field of the JSON object body."""
        return self.body.get(name, default) if isinstance(self.body, dict) else default

    def page(self, items: Iterable[JSON]) -> list[JSON]:
        """One 0-based page (`page`, `size`, with the spec's defaults) of `items`, in `sort` order
        (`field:asc|desc`, the spec's default when the caller gives none), else in creation order, at most
        `limit` of them where the list takes one; a bare array like the real API."""
        listed = list(items)
        sort = self.query.get("sort")
        if isinstance(sort, str) and ":" in sort:
            field, direction = sort.split(":", 1)
            listed = sort_items(listed, field, descending=direction == "desc")
        if "size" in self.query:  # else the spec gives this list no paging
            size, page = int(self.query["size"]), int(self.query.get("page") or 0)
            listed = listed[page * size : (page + 1) * size]
        limit = self.query.get("limit")
        return listed if limit is None else listed[: int(limit)]

    def matches(self, item: JSON, name: str, field: str | None = None) -> bool:
        """Whether `item` passes the query filter `name` (a value or a list of values), if given."""
        wanted = self.query.get(name)
        if wanted is None or wanted == []:
            return True
        value = item.get(field or name)
        return value in wanted if isinstance(wanted, list) else value == wanted


def sort_items(items: list[JSON], field: str, *, descending: bool) -> list[JSON]:
    """`items` by `field` (numbers as numbers), ties newest first when descending, those without the field
    last either way. The field may sit in `meta` or `stats` (`unreadCount`); `date` falls back to
    `createdAt` for objects dated by creation (outbound messages, files)."""
    keyed = [(_sort_value(item, field), index, item) for index, item in enumerate(items)]
    present = [entry for entry in keyed if entry[0] is not None]
    present.sort(key=lambda entry: (entry[0], entry[1]), reverse=descending)
    return [entry[2] for entry in present] + [entry[2] for entry in keyed if entry[0] is None]


def _sort_value(item: JSON, field: str) -> tuple[int, float | str] | None:
    for source in (item, item.get("meta"), item.get("stats")):
        if isinstance(source, dict) and source.get(field) is not None:
            value = source[field]
            break
    else:
        value = item.get("createdAt") if field == "date" else None
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return (0, float(value))
    return (1, str(value))


Handler = Callable[[Call], Any]
HANDLERS: dict[tuple[str, str], Handler] = {}


def handles(*routes: str) -> Callable[[Handler], Handler]:
    """Register a handler for one or more `"METHOD /path"` operations of the spec."""

    def register(func: Handler) -> Handler:
        for route in routes:
            method, path = route.split(" ", 1)
            HANDLERS[(method, path)] = func
        return func

    return register


# Where each path id points: (first path segment, parameter) -> the store it is looked up in.
_LOOKUPS: dict[tuple[str, str], tuple[str, Callable[[State, DeviceData | None], Store]]] = {
    ("campaigns", "campaignId"): ("campaign", lambda s, d: s.campaigns),
    ("files", "fileId"): ("file", lambda s, d: s.files),
    ("messages", "messageId"): ("message", lambda s, d: s.messages),
    ("webhooks", "webhookId"): ("webhook", lambda s, d: s.webhooks),
    ("chat", "chatId"): ("chat", lambda s, d: _dev(d).chats),
    ("chat", "contactId"): ("contact", lambda s, d: _dev(d).contacts),
    ("chat", "fileId"): ("chat file", lambda s, d: _dev(d).chat_files),
    ("chat", "messageId"): ("chat message", lambda s, d: _dev(d).chat_messages),
    ("chat", "statusId"): ("status", lambda s, d: _dev(d).statuses),
    ("devices", "groupId"): ("group", lambda s, d: _dev(d).groups),
    ("devices", "channelId"): ("channel", lambda s, d: _dev(d).channels),
}


def _dev(data: DeviceData | None) -> DeviceData:
    assert data is not None
    return data


def resolve_path(call: Call) -> None:
    """Find the device and the object the path names, or raise the 404 naming the missing one."""
    device_id = call.path.get("deviceId")
    if device_id is not None:
        call.device_data = call.state.devices.get(device_id)
        if call.device_data is None:
            raise not_found("device", device_id, "deviceId")
    root = call.op.path.split("/")[1]
    for param, value in call.path.items():
        if param == "deviceId":
            continue
        if (root, param) not in _LOOKUPS:  # an id the fake keeps no store for: the handler decides
            continue
        kind, store = _LOOKUPS[(root, param)]
        call.target = store(call.state, call.device_data).get(value)
        if call.target is None:
            raise not_found(kind, value, param)


def ok(message: str, id: str | None = None) -> JSON:
    """The generic `Result` answer of actions that change something without returning it."""
    return {"message": message} if id is None else {"message": message, "id": id}


def pick(body: Any, *names: str) -> JSON:
    """The given fields of an object body, those present."""
    return {name: body[name] for name in names if isinstance(body, dict) and name in body}
