"""BotApp at the ASGI level: which `?token=` lets a delivery in, and how a body arrives (in chunks, at the
size limit, from a client that leaves before the end)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sparkbot.bot import Bot

from .conftest import TOKEN, inbound

pytestmark = pytest.mark.anyio

Message = dict[str, Any]


async def deliver(bot: Bot, query: bytes, messages: list[Message]) -> tuple[int, dict[str, Any]]:
    """One POST to the bot's ASGI app, its body given as ASGI receive messages; the status and JSON answer."""
    inbox = list(messages)
    sent: list[Message] = []

    async def receive() -> Message:
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/", "query_string": query, "headers": []}
    await bot.asgi()(scope, receive, send)
    await bot.drain()
    return sent[0]["status"], json.loads(b"".join(m.get("body", b"") for m in sent[1:]))


def whole(body: bytes) -> list[Message]:
    return [{"type": "http.request", "body": body}]


BODY = json.dumps(inbound()).encode()


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
