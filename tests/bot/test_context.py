"""`Context.reply`, `reply_sync` and `run` against the fake API in-process: where a reply goes, from which
number, what it quotes, and what each refuses with which message."""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import pytest
from sparkbot import SparkBotError
from sparkbot.bot import Context
from sparkbot.testing import FakeSparkBot
from sparkbot.webhooks import parse_one

from .conftest import inbound

pytestmark = pytest.mark.anyio

EVIDENCE = Path(__file__).parents[1] / "evidence"
GROUP = "120363000000000042@g.us"
BOT = {"id": "61b37a069cba0c15d6c89757", "phone": "+44123456789", "alias": "Demo-2", "plan": "io-enterprise"}


@pytest.fixture
def fake() -> FakeSparkBot:
    """The fake with the bot's number (BOT, of the evidence event) added after its seeded one, so a reply
    sent from the wrong number (the API's default: the first) shows."""
    fake = FakeSparkBot()
    fake.add_device(id=BOT["id"], phone=BOT["phone"], alias=BOT["alias"])
    return fake


def context(fake: FakeSparkBot, body: dict[str, Any], **kwargs: Any) -> Context:
    """A Context of `body` received by the BOT number, with a client of the fake."""
    return Context(parse_one({**body, "device": dict(BOT)}), fake.async_client(), **kwargs)


def sent(fake: FakeSparkBot) -> list[dict[str, Any]]:
    return [dict(m) for m in fake.state.messages.values()]


async def test_a_reply_to_an_outbound_message_goes_to_its_chat(fake: FakeSparkBot) -> None:
    """On message:out:new fromNumber is the bot's own number: the reply goes to the chat, not to itself."""
    body = json.loads((EVIDENCE / "webhook_message_out_new_text.json").read_text())["body"]
    await context(fake, body).reply("noted")
    [message] = sent(fake)
    assert (message["phone"], message["device"], message["message"]) == ("+1234567890", BOT["id"], "noted")
    assert "quote" not in message  # quoting is asked for, never the default


async def test_a_reply_in_a_lid_chat_goes_to_the_sender_number(fake: FakeSparkBot) -> None:
    """A chat known by a private id (@lid) has no number in its id: the reply goes to fromNumber."""
    await context(fake, inbound(chat="201920000000001@lid", phone="+34600111444")).reply("hola")
    [message] = sent(fake)
    assert message["phone"] == "+34600111444" and message["device"] == BOT["id"]


async def test_a_reply_without_a_chat_goes_to_the_sender_number(fake: FakeSparkBot) -> None:
    """An event naming only the sender's number (no chat, no from) is answered at that number."""
    body = inbound(phone="+34600111444")
    del body["data"]["chat"], body["data"]["from"]
    await context(fake, body).reply("hola")
    assert [m["phone"] for m in sent(fake)] == ["+34600111444"]


async def test_a_reply_in_a_channel_goes_to_the_channel(fake: FakeSparkBot) -> None:
    """A message in one of the number's channels is answered in the channel."""
    channel = (await fake.async_client().channels.create(BOT["id"], name="News")).wid
    assert channel and channel.endswith("@newsletter")
    await context(fake, inbound(chat=channel, chat_type="channel")).reply("update")
    [message] = sent(fake)
    assert message["channel"] == channel and "phone" not in message and message["device"] == BOT["id"]


async def test_reply_sync_passes_the_send_options_on(fake: FakeSparkBot) -> None:
    """A sync handler's reply carries its send_text options and, unasked, quotes nothing."""
    ctx = context(fake, inbound(), loop=asyncio.get_running_loop())
    await asyncio.to_thread(ctx.reply_sync, "from a thread", reference="order-17", priority="high")
    [message] = sent(fake)
    assert (message["reference"], message["priority"]) == ("order-17", "high")
    assert message["phone"] == "+34600111333"
    assert "quote" not in message


async def test_what_a_reply_cannot_do_is_said(fake: FakeSparkBot) -> None:
    """Quoting an event without a message id, or answering one without a chat, raises saying why."""
    body = inbound()
    del body["data"]["id"]
    with pytest.raises(SparkBotError, match=r"^cannot quote: the message:in:new event names no message id$"):
        await context(fake, body).reply("x", quote=True)
    session = {"event": "number:session", "data": {"status": "online"}}
    with pytest.raises(SparkBotError, match=r"^cannot reply to a number:session event: it names no chat$"):
        await context(fake, session).reply("x")
    assert sent(fake) == []


def test_run_outside_a_running_bot_is_refused_and_closes_the_coroutine() -> None:
    """ctx.run() with no bot loop says where it works, and closes the coroutine (no never-awaited warning)."""
    coro = asyncio.sleep(0)
    with pytest.raises(RuntimeError, match=r"^ctx\.run\(\) works inside a handler the bot runs$"):
        Context(parse_one(inbound()), None).run(coro)
    assert inspect.getcoroutinestate(coro) == inspect.CORO_CLOSED


async def test_run_in_an_async_handler_says_to_await() -> None:
    """ctx.run() on the bot's own loop (an async handler) would deadlock: it says to await instead."""
    coro = asyncio.sleep(0)
    ctx = Context(parse_one(inbound()), None, loop=asyncio.get_running_loop())
    said = r"^ctx\.run\(\) is for sync handlers; in an async handler use await$"
    with pytest.raises(RuntimeError, match=said):
        ctx.run(coro)
    assert inspect.getcoroutinestate(coro) == inspect.CORO_CLOSED


@pytest.mark.parametrize(
    ("data", "chat"),
    [
        ({"chat": {"wid": "34600111444@c.us"}}, "34600111444@c.us"),  # a chat object with its wid only
        (
            {"chatWid": GROUP, "from": "34600111444@c.us"},
            GROUP,
        ),  # chat-message form: the chat, not sender
        ({"chat": "", "chatWid": "", "from": "34600111444@c.us"}, "34600111444@c.us"),  # empty ids are none
        ({"chat": {"id": 42}, "from": "34600111444@c.us"}, "34600111444@c.us"),  # a non-text id is none
    ],
    ids=["chat-wid", "chatWid", "empty", "not-text"],
)
def test_the_chat_an_event_belongs_to(data: dict[str, Any], chat: str) -> None:
    """chat_id (the key of state and order) reads chat.id, chat.wid, chatWid, then from, skipping blanks."""
    assert Context(parse_one({"event": "message:in:new", "data": data}), None).chat_id == chat


def test_a_context_made_by_hand_starts_with_the_state_given() -> None:
    """Context(event, client) has an empty state to fill; Context(..., state=saved) works on saved itself."""
    event = parse_one(inbound())
    assert Context(event, None).state == {}
    saved: dict[str, Any] = {"step": 3}
    assert Context(event, None, state=saved).state is saved
