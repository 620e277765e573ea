"""BotApp at the ASGI level: which `?token=` lets a delivery in, and how a body arrives (in chunks, at the
size limit, from a client that leaves before the end)."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from sparkbot.bot import Bot

from .conftest import TOKEN, inbound

pytestmark = pytest.mark.anyio

Message = dict[str, Any]


async def exchange(bot: Bot, query: bytes, messages: list[Message], method: str = "POST") -> list[Message]:
    """One request to the bot's ASGI app, its body given as ASGI receive messages; what the app sent."""
    inbox = list(messages)
    sent: list[Message] = []

    async def receive() -> Message:
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": "/", "query_string": query, "headers": []}
    await bot.asgi()(scope, receive, send)
    await bot.drain()
    return sent


async def deliver(bot: Bot, query: bytes, messages: list[Message]) -> tuple[int, dict[str, Any]]:
    """One POST: the status and JSON answer."""
    sent = await exchange(bot, query, messages)
    return sent[0]["status"], json.loads(b"".join(m.get("body", b"") for m in sent[1:]))


def whole(body: bytes) -> list[Message]:
    return [{"type": "http.request", "body": body}]


BODY = json.dumps(inbound()).encode()
SENT = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("token", "query", "status"),
    [
        (TOKEN, b"token=" + TOKEN.encode(), 200),
        (TOKEN, b"token=" + TOKEN.encode() + b"&x=1", 200),  # the token first, then other parameters
        ("abcdefgh", b"token=%61bcdefgh", 200),  # percent-encoded
        ("abc def ghi", b"token=abc+def+ghi", 200),  # `+` is a space in a query
        ("abc def ghi", b"token=abc+def+ghi&x=%41;y", 200),  # all of them at once
        (TOKEN, b"xxxxxx" + TOKEN.encode(), 401),  # only a parameter named token counts
        (TOKEN, b"token=" + TOKEN.encode() + b"x", 401),
        (TOKEN, b"token=&token=" + TOKEN.encode(), 401),  # the first token parameter decides, blank too
    ],
)
async def test_which_query_token_lets_a_delivery_in(token: str, query: bytes, status: int) -> None:
    bot = Bot(None, token=token)
    answer = await deliver(bot, query, whole(BODY))
    assert answer[0] == status
    if status == 401:
        assert answer[1] == {"ok": False, "error": "missing or wrong ?token="}


async def test_a_body_in_chunks_is_read_whole() -> None:
    """Chunks (and a first message with no body at all) make one body."""
    bot = Bot(None, token=TOKEN)
    half = len(BODY) // 2
    chunks = [
        {"type": "http.request", "more_body": True},
        {"type": "http.request", "body": BODY[:half], "more_body": True},
        {"type": "http.request", "body": BODY[half:]},
    ]
    assert await deliver(bot, b"token=" + TOKEN.encode(), chunks) == (200, {"ok": True, "accepted": 1})


async def test_the_size_limit_counts_every_chunk_and_allows_exactly_the_limit() -> None:
    at_limit = Bot(None, token=TOKEN, max_body_bytes=len(BODY))
    half = len(BODY) // 2
    chunks = [
        {"type": "http.request", "body": BODY[:half], "more_body": True},
        {"type": "http.request", "body": BODY[half:]},
    ]
    assert (await deliver(at_limit, b"token=" + TOKEN.encode(), chunks))[0] == 200
    below = Bot(None, token=TOKEN, max_body_bytes=len(BODY) - 1)
    answer = await deliver(below, b"token=" + TOKEN.encode(), chunks)
    error = f"the body is larger than {len(BODY) - 1} bytes"
    assert answer == (413, {"ok": False, "error": error})


async def test_a_client_that_leaves_mid_body_gets_400() -> None:
    bot = Bot(None, token=TOKEN)
    chunks = [{"type": "http.request", "body": BODY[:10], "more_body": True}, {"type": "http.disconnect"}]
    answer = await deliver(bot, b"token=" + TOKEN.encode(), chunks)
    assert answer == (400, {"ok": False, "error": "the client went away before sending the whole body"})


def delivery(
    event_id: str, message_id: Any, device: str | None, text: str = "hi", **data: Any
) -> dict[str, Any]:
    """A message:in:new delivery with these ids (None: the field left out)."""
    body = inbound(text, event_id=event_id, message_id=message_id, **data)
    if message_id is None:
        del body["data"]["id"]
    if device is None:
        del body["device"]
    else:
        body["device"] = {**body["device"], "id": device}
    return body


@pytest.mark.parametrize(
    ("first", "second", "handled"),
    [
        (delivery("e-1", "m-1", "d-1"), delivery("e-2", "m-1", "d-1"), 1),  # a message sent again
        (delivery("e-1", "m-1", "d-1"), delivery("e-2", "m-1", "d-2"), 2),  # the same id on another number
        (delivery("e-1", "m-1", None), delivery("e-2", "m-1", None), 1),  # no number: still the message id
        (delivery("e-1", None, "d-1", wid="w-1"), delivery("e-2", None, "d-1", wid="w-1"), 1),  # its wid
        (delivery("e-1", None, "d-1", wid="w-1"), delivery("e-2", None, "d-1", wid="w-2"), 2),
        (delivery("e-1", "", "d-1"), delivery("e-2", "", "d-1"), 2),  # no message id: the event ids differ
        (delivery("e-1", 7, "d-1"), delivery("e-2", 7, "d-1"), 2),  # a message id that is no text
        (delivery("", "", "d-1"), delivery("", "", "d-1"), 1),  # no ids at all: the same body is the same
        (delivery("", "", "d-1"), delivery("", "", "d-1", text="other"), 2),
        (delivery("", "", "d-1"), dict(reversed(delivery("", "", "d-1").items())), 1),  # in another order
        (delivery("", "", "d-1", at=SENT), delivery("", "", "d-1", at=SENT), 1),  # fed a dict with a datetime
    ],
)
async def test_a_message_delivered_again_under_a_new_event_id_is_handled_once(
    first: dict[str, Any], second: dict[str, Any], handled: int
) -> None:
    bot = Bot(None, token=TOKEN)
    seen: list[str] = []

    @bot.on_message()
    async def record(ctx: Any) -> None:
        seen.append(ctx.event.id)

    assert await bot.feed(first) == 1
    assert await bot.feed(second) == handled - 1
    await bot.drain()
    assert len(seen) == handled


async def test_answers_carry_their_json_headers_in_asgi_form_and_405_says_allow() -> None:
    """ASGI header names are lower case; a wrong method is told which one to use."""
    bot = Bot(None, token=TOKEN)
    query = b"token=" + TOKEN.encode()
    ok = await exchange(bot, query, whole(BODY))
    length = b"%d" % len(b'{"ok":true,"accepted":1}')
    assert ok[0]["headers"] == [(b"content-type", b"application/json"), (b"content-length", length)]
    wrong = await exchange(bot, query, whole(BODY), method="GET")
    answer = b"".join(m.get("body", b"") for m in wrong[1:])
    assert wrong[0]["status"] == 405
    assert wrong[0]["headers"] == [
        (b"content-type", b"application/json"),
        (b"content-length", b"%d" % len(answer)),
        (b"allow", b"POST"),
    ]
