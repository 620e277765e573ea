"""Filters truth table: each filter against messages of every kind, and their composition."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from sparkbot.bot import Context, filters
from sparkbot.webhooks import parse_one

from .conftest import inbound

GROUP = "120363000000000042@g.us"

MESSAGES: dict[str, dict[str, Any]] = {
    "text": inbound("Hello there"),
    "start": inbound("/start right now"),
    "START": inbound("/START"),
    "starter": inbound("/starter"),
    "slash": inbound("/"),
    "spaced": inbound("/ start"),
    "short": inbound("/x"),
    "xmas": inbound("/XMAS"),
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


# Filters are built in the test, not at import: mutation runs import test modules once, unmutated.
TABLE: list[tuple[str, Callable[[], filters.Filter], set[str]]] = [
    ("text", lambda: filters.text, set(MESSAGES) - {"image", "voice", "location"}),
    ("media", lambda: filters.media, {"image", "voice"}),
    ("location", lambda: filters.location, {"location"}),
    ("group", lambda: filters.group, {"group"}),
    ("direct", lambda: filters.direct, set(MESSAGES) - {"group"}),
    ("contains", lambda: filters.contains("this"), {"image"}),
    ("contains case", lambda: filters.contains("THIS", case=True), {"image"}),
    ("contains case miss", lambda: filters.contains("this", case=True), set()),
    ("contains hello", lambda: filters.contains("HELLO"), {"text", "group"}),
    ("regex", lambda: filters.regex(r"^hi$"), {"vip", "other"}),
    ("regex flags", lambda: filters.regex("^HI$", re.IGNORECASE), {"vip", "other"}),
    ("regex repeat", lambda: filters.regex(r"gro+up$"), {"group"}),
    ("regex compiled", lambda: filters.regex(re.compile(r"THIS$")), {"image"}),
    ("command", lambda: filters.command("start"), {"start", "START"}),
    ("command /", lambda: filters.command("/starter", "help"), {"starter"}),
    ("command one letter", lambda: filters.command("x"), {"short"}),
    ("command any case", lambda: filters.command("Xmas"), {"xmas"}),
    ("from_phone", lambda: filters.from_phone("+1 (415) 555-0100"), {"other"}),
    ("label", lambda: filters.label("vip", "gold"), {"vip"}),
    ("and", lambda: filters.text & filters.group, {"group"}),
    ("or", lambda: filters.media | filters.location, {"image", "voice", "location"}),
    ("not", lambda: ~filters.direct, {"group"}),
    ("callable", lambda: filters.text & (lambda c: c.phone == "+14155550100"), {"other"}),
    ("callable left", lambda: (lambda c: c.text == "hi") & ~filters.label("vip"), {"other"}),
    ("callable or", lambda: (lambda c: c.text == "/") | filters.location, {"slash", "location"}),
]


@pytest.mark.parametrize(("label", "make", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_truth_table(label: str, make: Callable[[], filters.Filter], expected: set[str]) -> None:
    flt = make()
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
    assert filters.text(c) and not filters.media(c)  # its kind is read from `kind`


def test_a_type_that_is_not_a_string_is_no_kind() -> None:
    """A malformed `type` (a list) makes no kind filter match, and none raises."""
    odd = Context(parse_one(inbound("hi", kind=["image"])), None)  # type: ignore[arg-type]
    assert not (filters.text(odd) or filters.media(odd) or filters.location(odd))


def test_filters_name_themselves() -> None:
    """A filter's repr reads like the expression that built it."""
    combined = (filters.command("start", "/help") | filters.contains("Hi")) & ~filters.group
    assert repr(combined) == "((command('start', '/help') | contains('Hi')) & ~group)"
    assert (
        repr(filters.contains("x", case=True) | filters.regex(r"^\d+$"))
        == r"(contains('x') | regex('^\\d+$'))"
    )
    assert repr(filters.label("vip", "gold")) == "label('vip', 'gold')"
    assert (
        repr(filters.from_phone("+1 415 555 0100", "+34 600")) == "from_phone(2)"
    )  # numbers stay out of logs

    def is_vip(c: Context) -> bool:
        return "vip" in c.labels

    assert (
        repr(filters.text & is_vip) == "(text & is_vip)" and repr(is_vip | filters.text) == "(is_vip | text)"
    )

    class Vip:
        def __call__(self, c: Context) -> bool:
            return is_vip(c)

    assert repr(filters.text & Vip()) == "(text & filter)"  # a callable without a __name__


def test_bad_filters_are_refused_early() -> None:
    with pytest.raises(TypeError, match=r"^a filter must be callable \(ctx -> bool\), got str$"):
        filters.text & "text"  # type: ignore[operator]
    with pytest.raises(
        ValueError, match=r"^command\(\) needs at least one command name, e\.g\. command\('start'\)$"
    ):
        filters.command()
    for names in [("",), ("/",), ("start", "/"), ("two words",), ("tab\there",)]:
        with pytest.raises(ValueError) as info:  # they could never match: said, not silently useless
            filters.command(*names)
        assert str(info.value) == f"command() names are single words (no spaces, not empty), got {names!r}"
    with pytest.raises(ValueError, match="flags"):  # flags cannot change a compiled pattern: said, not lost
        filters.regex(re.compile("hi"), re.IGNORECASE)


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
