"""`Context`: what a handler gets, the event and the shortcuts users reach for (text, phone, reply, state).

Fields are read from the event's data as SparkBot sends it (`message:in:new`: `body`, `type`, `fromNumber`,
`chat.{id,type,labels}`, `media.caption` …), falling back to the chat-message form (`wid`, `kind`, `from`,
`chatWid`), so both delivery shapes read the same.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import SparkBotError
from ..webhooks import WebhookEvent

if TYPE_CHECKING:
    from sparkbot_api.models.message import Message

    from .._client import AsyncSparkBot

__all__ = ["Context"]

T = TypeVar("T")

_SUFFIX_KINDS = {"c.us": "chat", "lid": "chat", "s.whatsapp.net": "chat", "g.us": "group"}
_SUFFIX_KINDS["newsletter"] = "channel"
_TYPE_KINDS = {"chat": "chat", "contact": "chat", "user": "chat", "group": "group", "channel": "channel"}


class Context:
    """One event on its way through a handler.

    `ctx.state` is this chat's saved dict (JSON values): change it in the handler and it is saved when the
    handler returns without raising. Sync handlers run in a worker thread: use `ctx.reply_sync(...)` there,
    or `ctx.run(coro)` for any other client call.
    """

    def __init__(
        self,
        event: WebhookEvent,
        client: AsyncSparkBot | None,
        state: dict[str, Any] | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        self.event = event
        self.state: dict[str, Any] = {} if state is None else state
        self._client = client
        self._loop = loop
        self._continue = False

    def __repr__(self) -> str:
        return f"Context(event={self.event.event!r}, chat_id={self.chat_id!r}, text={self.text!r:.40})"

    # --- what the event says ------------------------------------------------------------------------

    @cached_property
    def text(self) -> str | None:
        """The message text, or a media message's caption; None for anything else."""
        data = self.event.data
        body = data.get("body")
        if isinstance(body, str) and body:
            return body
        media = data.get("media")
        caption = media.get("caption") if isinstance(media, Mapping) else None
        return caption if isinstance(caption, str) and caption else None

    @cached_property
    def chat_id(self) -> str | None:
        """The chat the event belongs to: `34600111222@c.us`, `120363…@g.us` …; None if it has none."""
        return chat_of(self.event)

    @cached_property
    def chat_type(self) -> str | None:
        """`chat` (one person), `group`, `channel`, or None when the event does not say."""
        chat_id = self.chat_id
        if chat_id and "@" in chat_id:
            kind = _SUFFIX_KINDS.get(chat_id.rsplit("@", 1)[1])
            if kind:
                return kind
        chat = self.event.data.get("chat")
        kind = chat.get("type") if isinstance(chat, Mapping) else None
        return _TYPE_KINDS.get(kind) if isinstance(kind, str) else None

    @cached_property
    def phone(self) -> str | None:
        """The sender's number in E.164 form (`+34600111222`), or None when the event does not say."""
        data = self.event.data
        number = data.get("fromNumber")
        if isinstance(number, str) and number:
            return number if number.startswith("+") else "+" + number
        for key in ("author", "from"):
            wid = data.get(key)
            if isinstance(wid, str) and wid.endswith("@c.us"):
                return "+" + wid.split("@", 1)[0]
        return None

    @cached_property
    def device_id(self) -> str | None:
        """The id of the WhatsApp number that received the event."""
        if self.event.device is not None and self.event.device.id:
            return self.event.device.id
        device = self.event.data.get("device")
        return device if isinstance(device, str) else None

    @cached_property
    def message_id(self) -> str | None:
        """The WhatsApp id of the message (what `quote=` takes), when the event is about one."""
        data = self.event.data
        for key in ("wid", "id"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value
        return None

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """The chat's labels, as the webhook reports them."""
        chat = self.event.data.get("chat")
        found = chat.get("labels") if isinstance(chat, Mapping) else None
        if not isinstance(found, list):
            return ()
        names = (item.get("name") if isinstance(item, Mapping) else item for item in found)
        return tuple(name for name in names if isinstance(name, str))

    # --- acting on it --------------------------------------------------------------------------------

    @property
    def client(self) -> AsyncSparkBot:
        """The bot's `AsyncSparkBot`."""
        if self._client is None:
            raise SparkBotError("this bot has no client: pass an AsyncSparkBot to Bot() to call the API")
        return self._client

    async def reply(self, text: str, *, quote: bool = False, **options: Any) -> Message:
        """Send `text` to this chat from the number that received the event; `quote=True` quotes the
        message. `options` are those of `client.messages.send_text` (priority, reference, label …)."""
        if not self.device_id:
            raise SparkBotError(f"cannot reply to a {self.event.event} event: it names no WhatsApp number")
        if quote:
            if not self.message_id:
                raise SparkBotError(f"cannot quote: the {self.event.event} event names no message id")
            options["quote"] = self.message_id
        options.update(self._target())
        return await self.client.messages.send_text(self.device_id, message=text, **options)

    def reply_sync(self, text: str, *, quote: bool = False, **options: Any) -> Message:
        """`reply` for sync handlers (which run in a worker thread): waits for the sent message."""
        return self.run(self.reply(text, quote=quote, **options))

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine (any `ctx.client` call) on the bot's loop from a sync handler; wait for it."""
        loop = self._loop
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            if loop is not None and loop.is_running():
                return asyncio.run_coroutine_threadsafe(coro, loop).result()
            problem = "ctx.run() works inside a handler the bot runs"
        else:
            problem = "ctx.run() is for sync handlers; in an async handler use await"
        coro.close()
        raise RuntimeError(problem)

    def continue_handling(self) -> None:
        """Let the next matching handler run too (by default the first matching handler is the last)."""
        self._continue = True

    def _target(self) -> dict[str, str]:
        chat_id, kind = self.chat_id, self.chat_type
        if chat_id and kind == "group":
            return {"group": chat_id}
        if chat_id and kind == "channel":
            return {"channel": chat_id}
        if chat_id and chat_id.endswith("@c.us"):  # the chat's number: on an outbound event, phone is ours
            return {"phone": "+" + chat_id.removesuffix("@c.us")}
        phone = self.phone
        if phone is None:
            raise SparkBotError(f"cannot reply to a {self.event.event} event: it names no chat")
        return {"phone": phone}


def chat_of(event: WebhookEvent) -> str | None:
    """The chat id an event belongs to, the key of its state and of its handling order."""
    data = event.data
    chat = data.get("chat")
    if isinstance(chat, Mapping):
        chat = chat.get("id") or chat.get("wid")
    if isinstance(chat, str) and chat:
        return chat
    for key in ("chatWid", "from"):
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None
