"""The bot's ASGI app: `POST /?token=…` on its root, written against the ASGI spec with no framework, so a
delivery costs only what it must (read, authenticate, parse, record) before its 200.

401 for a wrong or missing token (compared in constant time, before the body is read), 400 for a body that
is not a webhook, 413 past `max_body_bytes`, 503 when the store cannot record (the sender retries later),
404/405 elsewhere. Lifespan shutdown waits for running handlers.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ..webhooks import WebhookParseError
from ._bot import _log_failure

if TYPE_CHECKING:
    from ._bot import Bot

__all__ = ["BotApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class BotApp:
    """ASGI 3 app of one `Bot` (get it with `bot.asgi()`)."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    def __repr__(self) -> str:
        return f"BotApp({self.bot!r})"

    # Not mutated (make mutate): mutmut's wrapper takes any arguments, so uvicorn, which calls the app with
    # none to tell an app from an app factory, would take it for a factory. It only dispatches on scope type.
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:  # pragma: no mutate block
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)
        elif kind == "websocket":
            await send({"type": "websocket.close", "code": 1003})

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            self._check_request(scope)
            body = await self._body(receive)
            try:
                accepted = await self.bot.feed(body)
            except WebhookParseError as exc:
                raise _Refused(400, f"not a webhook body: {exc}") from None
            except Exception as exc:
                _log_failure("could not record a delivery (answered 503 so the sender retries)", exc)
                raise _Refused(503, "the bot could not record the delivery; retry later") from None
        except _Refused as refused:
            await _answer(send, refused.status, {"ok": False, "error": str(refused)})
            return
        body = b'{"ok":true,"accepted":%d}' % accepted  # the hot path: no encoder needed
        await _send(send, 200, body)

    def _check_request(self, scope: Scope) -> None:
        path: str = scope["path"]  # required in an HTTP scope, as query_string is; root_path is optional
        root: str = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        if path not in ("", "/"):
            raise _Refused(404, "not found: the bot answers POST on its root")
        if scope.get("method") != "POST":
            raise _Refused(405, "method not allowed: the bot answers POST")
        token = _query_token(scope["query_string"])
        if token is None or not hmac.compare_digest(token, self.bot._token):
            raise _Refused(401, "missing or wrong ?token=")

    async def _body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size, limit = 0, self.bot.max_body_bytes
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Refused(400, "the client went away before sending the whole body")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise _Refused(413, f"the body is larger than {limit} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.bot.drain()
                await send({"type": "lifespan.shutdown.complete"})
                return


def _query_token(query: bytes) -> bytes | None:
    if query.startswith(b"token=") and not any(c in query for c in (b"&", b"%", b"+", b";")):
        return query[6:]  # the usual `?token=…` alone, nothing to decode
    if b"token=" not in query:
        return None
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        if name == "token":
            return value.encode()
    return None


async def _answer(send: Send, status: int, payload: dict[str, Any]) -> None:
    await _send(send, status, json.dumps(payload, separators=(",", ":")).encode())


async def _send(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    if status == 405:
        headers.append((b"allow", b"POST"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
