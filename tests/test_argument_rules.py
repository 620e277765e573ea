"""Each kind of rule the spec gives an argument, at its edges: the last value accepted is sent, the first
one past it is refused before anything is sent, with the field and the rule in the message."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
import respx
import sparkbot
from sparkbot import SparkBot

from .conftest import DEVICE

PHONE = "+12345678909"
Call = Callable[[SparkBot], Any]

ACCEPTED: list[tuple[str, Call]] = [
    ("minItems edge", lambda c: c.contacts.block(DEVICE, contacts=[PHONE])),
    ("maxItems edge", lambda c: c.contacts.block(DEVICE, contacts=[PHONE] * 50)),
    ("minimum edge", lambda c: c.chats.send_typing(DEVICE, action="typing", chat=PHONE, duration=2)),
    ("maximum edge", lambda c: c.chats.send_typing(DEVICE, action="typing", chat=PHONE, duration=30)),
    ("integral float for an integer", lambda c: c.chats.send_typing(DEVICE, action="typing", duration=2.0)),
    ("minimum 0 edge", lambda c: c.campaigns.list(page=0).to_list()),
    ("enum member", lambda c: c.campaigns.list(sort="date:asc").to_list()),
    ("array item enum member", lambda c: c.campaigns.list(status=["paused"]).to_list()),
    ("date-time with zone", lambda c: c.campaigns.list(after="2024-01-02T03:04:05Z").to_list()),
    ("date-time with offset", lambda c: c.campaigns.list(before="2024-01-02t03:04:05+02:00").to_list()),
    (
        "anyOf: either alternative",
        lambda c: c.groups.create(DEVICE, name="g", participants=[PHONE, {"phone": PHONE, "admin": True}]),
    ),
    ("type list: integer", lambda c: c.numbers.validate(numbers=[{"phone": PHONE}], prefix=34)),
    ("type list: string", lambda c: c.numbers.validate(numbers=[{"phone": PHONE}], prefix="34")),
]


@pytest.mark.parametrize(("name", "call"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_values_at_the_edge_are_sent(
    client: SparkBot, router: respx.MockRouter, name: str, call: Call
) -> None:
    router.route().respond(200, json=[])
    with contextlib.suppress(sparkbot.APIResponseValidationError):  # the reply does not matter here
        call(client)
    assert router.calls.call_count == 1, name


def test_an_integral_float_is_sent_for_an_integer(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.post(f"/chat/{DEVICE}/typing").respond(200, json={})
    with contextlib.suppress(sparkbot.APIResponseValidationError):
        client.chats.send_typing(DEVICE, action="typing", chat=PHONE, duration=2.0)
    assert json.loads(route.calls.last.request.content)["duration"] == 2


REFUSED: list[tuple[str, Call, str, str]] = [
    (
        "empty array",
        lambda c: c.contacts.block(DEVICE, contacts=[]),
        "contacts",
        "must have at least 1 items",
    ),
    (
        "array too long",
        lambda c: c.contacts.block(DEVICE, contacts=[PHONE] * 51),
        "contacts",
        "must have at most 50 items",
    ),
    (
        "nested property too long",
        lambda c: c.numbers.validate(numbers=[{"phone": PHONE}, {"phone": "1" * 51}]),
        "numbers[1].phone",
        "must be at most 50 characters",
    ),
    (
        "item of wrong type",
        lambda c: c.contacts.block(DEVICE, contacts=[PHONE, 5]),
        "contacts[1]",
        "must be of type",
    ),
    (
        "below minimum",
        lambda c: c.chats.send_typing(DEVICE, action="typing", duration=1),
        "duration",
        "must be >= 2, got 1",
    ),
    (
        "above maximum",
        lambda c: c.chats.send_typing(DEVICE, action="typing", duration=31),
        "duration",
        "must be <= 30, got 31",
    ),
    (
        "fractional float for an integer",
        lambda c: c.chats.send_typing(DEVICE, action="typing", duration=2.5),
        "duration",
        "must be of type integer, got float",
    ),
    (
        "bool for an integer",
        lambda c: c.chats.send_typing(DEVICE, action="typing", duration=True),
        "duration",
        "must be of type integer, got bool",
    ),
    ("below minimum 0", lambda c: c.campaigns.list(page=-1).to_list(), "page", "must be >= 0, got -1"),
    ("not in enum", lambda c: c.chats.send_typing(DEVICE, action="dancing"), "action", "must be one of"),
    (
        "array item not in enum",
        lambda c: c.campaigns.list(status=["paused", "lost"]).to_list(),
        "status[1]",
        "must be one of",
    ),
    (
        "date-time without zone",
        lambda c: c.campaigns.list(after="2024-01-02T03:04:05").to_list(),
        "after",
        "must be a date and time with its time zone (Z or +hh:mm), got '2024-01-02T03:04:05'",
    ),
    (
        "date without time",
        lambda c: c.campaigns.list(after="2024-01-02+01:00").to_list(),
        "after",
        "must be a date and time with its time zone",
    ),
    (
        "not a date",
        lambda c: c.campaigns.list(after="yesterday").to_list(),
        "after",
        "must be an ISO 8601 date-time",
    ),
    (
        "type list: neither",
        lambda c: c.numbers.validate(numbers=[{"phone": PHONE}], prefix=3.5),
        "prefix",
        "must be one of the types ['integer', 'string']",
    ),
    (
        "anyOf: neither alternative",
        lambda c: c.groups.create(DEVICE, name="g", participants=[PHONE, "12"]),
        "participants[1]",
        "must match one of: must match ^\\+[1-9]\\d{1,14}$, got '12'; or must be of type object, got str",
    ),
    (
        "anyOf: a nested complaint names its field",
        lambda c: c.groups.create(DEVICE, name="g", participants=[{"phone": "12"}]),
        "participants[0]",
        "must match one of: must be of type string, got dict; or participants[0].phone: must match ",
    ),
    (
        "a required argument given as None",
        lambda c: c.messages.send_text(DEVICE, phone=PHONE, message=None),  # type: ignore[arg-type]
        "message",
        "is required",
    ),
    (
        "none of the arguments of which exactly one is needed",
        lambda c: c.messages.send_text(DEVICE, message="hi"),
        "phone / group / channel",
        "give exactly one of them",
    ),
    (
        "nested required property",
        lambda c: c.messages.send_text(DEVICE, phone=PHONE, message="hi", actions=[{"params": {}}]),
        "actions[0].action",
        "is required",
    ),
    (
        "pattern digits are ASCII digits",
        lambda c: c.messages.send_text(DEVICE, channel="\u0661" * 12 + "@newsletter", message="hi"),
        "channel",
        "must match ^\\d{10,30}@newsletter$",
    ),
    (
        "too short",
        lambda c: c.messages.send_text(DEVICE, phone=PHONE, message="hi", quote="a" * 17),
        "quote",
        "must be at least 18 characters",
    ),
    (
        "too long",
        lambda c: c.messages.send_text(DEVICE, phone=PHONE, message="hi", quote="a" * 33),
        "quote",
        "must be at most 32 characters",
    ),
    (
        "pattern",
        lambda c: c.messages.send_text(DEVICE, phone=PHONE, message="hi", quote="g" * 20),
        "quote",
        "must match",
    ),
]


@pytest.mark.parametrize(("name", "call", "field", "rule"), REFUSED, ids=[r[0] for r in REFUSED])
def test_values_past_the_edge_are_refused_before_sending(
    client: SparkBot, router: respx.MockRouter, name: str, call: Call, field: str, rule: str
) -> None:
    router.route().respond(200, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        call(client)
    assert info.value.field == field, name
    assert info.value.rule.startswith(rule), info.value.rule
    assert str(info.value) == f"{field}: {info.value.rule}"
    assert info.value.value == OFFENDING[name]
    assert router.calls.call_count == 0


# The value each refusal above carries on `exc.value` (the part of the argument that broke the rule).
OFFENDING: dict[str, Any] = {
    "a required argument given as None": None,
    "none of the arguments of which exactly one is needed": None,
    "empty array": [],
    "array too long": [PHONE] * 51,
    "nested property too long": "1" * 51,
    "item of wrong type": 5,
    "below minimum": 1,
    "above maximum": 31,
    "fractional float for an integer": 2.5,
    "bool for an integer": True,
    "below minimum 0": -1,
    "not in enum": "dancing",
    "array item not in enum": "lost",
    "date-time without zone": "2024-01-02T03:04:05",
    "date without time": "2024-01-02+01:00",
    "not a date": "yesterday",
    "type list: neither": 3.5,
    "anyOf: neither alternative": "12",
    "anyOf: a nested complaint names its field": {"phone": "12"},
    "nested required property": None,
    "pattern digits are ASCII digits": "\u0661" * 12 + "@newsletter",
    "too short": "a" * 17,
    "too long": "a" * 33,
    "pattern": "g" * 20,
}


@pytest.mark.parametrize("quote", ["a" * 18, "A" * 32])
def test_strings_at_the_length_edges_are_sent(client: SparkBot, router: respx.MockRouter, quote: str) -> None:
    route = router.post("/messages").respond(201, json={"id": "x" * 20})
    with contextlib.suppress(sparkbot.APIResponseValidationError):
        client.messages.send_text(DEVICE, phone=PHONE, message="hi", quote=quote)
    assert json.loads(route.calls.last.request.content)["quote"] == quote
