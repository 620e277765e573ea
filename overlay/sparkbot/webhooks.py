"""Typed events from SparkBot webhook POST bodies, single envelopes and batched arrays alike.

`parse` never drops what the platform sent: every event keeps its raw dict, and unknown events come back as
plain `WebhookEvent`s, so a new event name on the server never breaks a receiver.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, get_args

from ._errors import SparkBotError

if TYPE_CHECKING:
    from sparkbot_api.models.chat_message import ChatMessage
    from sparkbot_api.models.message import Message

__all__ = [
    "EVENTS",
    "ChatEvent",
    "ContactEvent",
    "GroupEvent",
    "MessageEvent",
    "SessionEvent",
    "StatusEvent",
    "WebhookDevice",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookParseError",
    "parse",
    "parse_one",
]

WebhookEventName = Literal[
    "message:in:new",
    "message:out:new",
    "message:out:sent",
    "message:out:ack",
    "message:out:failed",
    "message:update",
    "message:reaction",
    "status:update",
    "channel:in",
    "number:session",
    "group:update",
    "chat:update",
    "contact:update",
]
EVENTS: tuple[WebhookEventName, ...] = get_args(WebhookEventName)

WebhookBody = bytes | bytearray | str | Mapping[str, Any] | list[Any]


class WebhookParseError(SparkBotError, ValueError):
    """The body is not a webhook delivery at all (not JSON, not objects, no event name)."""


@dataclass(frozen=True, kw_only=True)
class WebhookDevice:
    """The WhatsApp number an envelope came from."""

    id: str | None = None
    phone: str | None = None
    alias: str | None = None
    plan: str | None = None


@dataclass(frozen=True, kw_only=True)
class WebhookEvent:
    """One event; `raw` is the event dict exactly as received, so no field the platform adds is lost."""

    event: str
    id: str | None = None
    created: datetime | None = None
    device: WebhookDevice | None = None
    data: dict[str, Any] = field(default_factory=dict, hash=False)
    raw: dict[str, Any] = field(default_factory=dict, hash=False, repr=False)
    # Fields of the batched (gateway plan) form.
    entity: str | None = None
    entity_id: str | None = None
    entity_url: str | None = None
    user: str | None = None


@dataclass(frozen=True, kw_only=True)
class MessageEvent(WebhookEvent):
    """A message was received, sent, acknowledged, failed, edited or reacted to."""

    @cached_property
    def message(self) -> Message | ChatMessage | None:
        """`data` as the generated model (`Message` for message:out:*, else `ChatMessage`).

        It parses as every reply does: a missing field reads None and a value of an unexpected type stays
        raw in the model (`message["sentAt"]`). None only when `data` is not an object at all; `data`
        still holds everything that was sent.
        """
        model: type[Message] | type[ChatMessage]
        if self.event.startswith("message:out:"):
            from sparkbot_api.models.message import Message

            model = Message
        else:
            from sparkbot_api.models.chat_message import ChatMessage

            model = ChatMessage
        try:
            return model.from_dict(self.data)
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, kw_only=True)
class SessionEvent(WebhookEvent):
    """The WhatsApp session of a number changed (number:session)."""


@dataclass(frozen=True, kw_only=True)
class StatusEvent(WebhookEvent):
    """A WhatsApp status (story) was posted (status:update)."""


@dataclass(frozen=True, kw_only=True)
class GroupEvent(WebhookEvent):
    """A group changed (group:update)."""


@dataclass(frozen=True, kw_only=True)
class ChatEvent(WebhookEvent):
    """A chat changed (chat:update)."""


@dataclass(frozen=True, kw_only=True)
class ContactEvent(WebhookEvent):
    """A contact changed (contact:update)."""


_CLASSES: dict[str, type[WebhookEvent]] = {
    "message:in:new": MessageEvent,
    "message:out:new": MessageEvent,
    "message:out:sent": MessageEvent,
    "message:out:ack": MessageEvent,
    "message:out:failed": MessageEvent,
    "message:update": MessageEvent,
    "message:reaction": MessageEvent,
    "channel:in": MessageEvent,
    "status:update": StatusEvent,
    "number:session": SessionEvent,
    "group:update": GroupEvent,
    "chat:update": ChatEvent,
    "contact:update": ContactEvent,
}


def parse(body: WebhookBody) -> list[WebhookEvent]:
    """The events in a webhook body: always a list, so one envelope and a batched array read the same."""
    payload = _load(body)
    if isinstance(payload, Mapping):
        return [_event(payload, "the webhook body")]
    if isinstance(payload, list):
        return [_event(item, f"item {i} of the webhook array") for i, item in enumerate(payload)]
    raise WebhookParseError(
        f"a webhook body must be a JSON object or an array of objects, got {_kind(payload)}"
    )


def parse_one(body: WebhookBody) -> WebhookEvent:
    """The single event of a body; raises when it holds none or several, instead of silently picking one."""
    events = parse(body)
    if len(events) != 1:
        raise WebhookParseError(f"expected one webhook event, the body holds {len(events)}")
    return events[0]


def _load(body: WebhookBody) -> object:
    if not isinstance(body, bytes | bytearray | str):
        return body
    if not body.strip():
        raise WebhookParseError("the webhook body is empty")
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookParseError(f"the webhook body is not valid JSON: {exc}") from exc


def _event(obj: object, where: str) -> WebhookEvent:
    if not isinstance(obj, Mapping):
        raise WebhookParseError(f"{where} must be a JSON object, got {_kind(obj)}")
    name = obj.get("event")
    if name is None:
        raise WebhookParseError(f"{where} has no 'event' field")
    if not isinstance(name, str) or not name:
        got = f"{_kind(name)} {name!r:.60}"
        raise WebhookParseError(f"{where}: 'event' must be a non-empty string, got {got}")
    data = obj.get("data")
    if data is None:
        data = {}
    elif not isinstance(data, Mapping):
        raise WebhookParseError(f"{where} ({name}): 'data' must be a JSON object, got {_kind(data)}")
    return _CLASSES.get(name, WebhookEvent)(
        event=name,
        id=_str(obj.get("id")),
        created=_time(obj.get("created")) or _time(obj.get("date")),
        device=_device(obj.get("device")),
        data=dict(data),
        raw=dict(obj),
        entity=_str(obj.get("entity")),
        entity_id=_str(obj.get("entityId")),
        entity_url=_str(obj.get("entityUrl")),
        user=_str(obj.get("user")),
    )


def _device(value: object) -> WebhookDevice | None:
    if isinstance(value, Mapping):
        return WebhookDevice(
            id=_str(value.get("id")),
            phone=_str(value.get("phone")),
            alias=_str(value.get("alias")),
            plan=_str(value.get("plan")),
        )
    return WebhookDevice(id=value) if isinstance(value, str) else None


def _time(value: object) -> datetime | None:
    """Unix seconds or an ISO 8601 string as an aware datetime (UTC when no offset); None if unreadable."""
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, tz=UTC)
        if isinstance(value, str):
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        pass
    return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _kind(value: object) -> str:
    """The JSON name of a value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__
