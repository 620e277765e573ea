"""Filters truth table: each filter against messages of every kind, and their composition."""

from __future__ import annotations

from typing import Any

import pytest
from sparkbot.bot import Context, filters
from sparkbot.webhooks import parse_one

from .conftest import inbound

GROUP = "120363000000000042@g.us"

MESSAGES: dict[str, dict[str, Any]] = {
    "text": inbound("Hello there"),
    "start": inbound("/start now"),
    "START": inbound("/START"),
    "starter": inbound("/starter"),
    "slash": inbound("/"),
    "image": inbound(
        "",
        kind="image",
        media={"id": "f1", "type": "image", "caption": "Look at THIS"},
    ),
    "voice": inbound("", kind="ptt", media={"id": "f2", "type": "ptt"}),
    "location": inbound("", kind="location", location={"latitude": 40.4, "longitude": -3.7}),
    "group": inbound("hello group", chat=GROUP, chat_type="group"),
    "vip": inbound("hi", labels=["vip", "new-customer"]),
    "other": inbound("hi", phone="+14155550100"),
}


def ctx(name: str) -> Context:
    return Context(parse_one(MESSAGES[name]), None)


TABLE: list[tuple[str, filters.Filter, set[str]]] = [
    ("text", filters.text, {"text", "start", "START", "starter", "slash", "group", "vip", "other"}),
    ("media", filters.media, {"image", "voice"}),
    ("location", filters.location, {"location"}),
    ("group", filters.group, {"group"}),
    ("direct", filters.direct, set(MESSAGES) - {"group"}),
    ("contains", filters.contains("this"), {"image"}),
    ("contains case", filters.contains("THIS", case=True), {"image"}),
    ("contains case miss", filters.contains("this", case=True), set()),
    ("contains hello", filters.contains("HELLO"), {"text", "group"}),
    ("regex", filters.regex(r"^hi$"), {"vip", "other"}),
    ("command", filters.command("start"), {"start", "START"}),
    ("command /", filters.command("/starter", "help"), {"starter"}),
    ("from_phone", filters.from_phone("+1 (415) 555-0100"), {"other"}),
    ("label", filters.label("vip", "gold"), {"vip"}),
    ("and", filters.text & filters.group, {"group"}),
    ("or", filters.media | filters.location, {"image", "voice", "location"}),
    ("not", ~filters.direct, {"group"}),
    ("callable", filters.text & (lambda c: c.phone == "+14155550100"), {"other"}),
    ("callable left", (lambda c: c.text == "hi") & ~filters.label("vip"), {"other"}),
    ("callable or", (lambda c: c.text == "/") | filters.location, {"slash", "location"}),
]


@pytest.mark.parametrize(("label", "flt", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_truth_table(label: str, flt: filters.Filter, expected: set[str]) -> None:
    assert {name for name in MESSAGES if flt(ctx(name))} == expected


def test_context_fields() -> None:
    image = ctx("image")
    assert image.text == "Look at THIS"  # a caption counts as the text
    assert image.phone == "+34600111333" and image.chat_id == "34600111333@c.us" and image.chat_type == "chat"
    assert image.device_id == MESSAGES["image"]["device"]["id"]
    assert image.message_id == MESSAGES["image"]["data"]["id"]
    group = ctx("group")
    assert (group.chat_id, group.chat_type, group.phone) == (GROUP, "group", "+34600111333")
    assert ctx("voice").text is None and ctx("vip").labels == ("vip", "new-customer")
    assert "Hello there" in repr(ctx("text"))


def test_chat_message_form_reads_the_same() -> None:
    """The chat-message shape (wid, kind, from, chatWid) gives the same fields as the webhook shape."""
    event = parse_one(
        {
            "id": "e",
            "event": "message:in:new",
            "device": "6650f1a2b3c4d5e6f7a8b9c0",
            "data": {"wid": "3EB0AB", "kind": "text", "body": "/help", "from": "34600111333@c.us"},
        }
    )
    c = Context(event, None)
    assert (c.text, c.phone, c.chat_id, c.chat_type, c.message_id) == (
        "/help",
        "+34600111333",
        "34600111333@c.us",
        "chat",
        "3EB0AB",
    )
    assert c.device_id == "6650f1a2b3c4d5e6f7a8b9c0" and filters.command("help")(c)


def test_bad_filters_are_refused_early() -> None:
    with pytest.raises(TypeError, match="callable"):
        filters.text & "text"  # type: ignore[operator]
    with pytest.raises(ValueError, match="command name"):
        filters.command()


@pytest.mark.anyio
async def test_reply_needs_a_client_and_a_chat() -> None:
    from sparkbot import SparkBotError

    with pytest.raises(SparkBotError, match="no client"):
        await ctx("text").reply("x")
    session = Context(parse_one({"event": "number:session", "data": {}}), None)
    with pytest.raises(SparkBotError, match="names no WhatsApp number"):
        await session.reply("x")
    with pytest.raises(RuntimeError, match="sync handlers"):
        ctx("text").run(ctx("text").reply("x"))


def test_import_costs_stay_where_they_belong() -> None:
    """`import sparkbot` loads nothing of the bot; `sparkbot.bot` loads neither redis nor uvicorn nor
    starlette (its ASGI app is hand-written)."""
    import subprocess
    import sys

    code = (
        "import sys, sparkbot; assert 'sparkbot.bot' not in sys.modules, 'bot';"
        "import sparkbot.bot; heavy = {'redis', 'uvicorn', 'starlette'} & set(sys.modules);"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
