"""Tests for sparkbot.webhooks: typed events from webhook bodies, in both delivery forms."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import pytest
import sparkbot
from hypothesis import given, settings
from hypothesis import strategies as st
from sparkbot import webhooks
from sparkbot.webhooks import (
    EVENTS,
    ChatEvent,
    ContactEvent,
    GroupEvent,
    MessageEvent,
    SessionEvent,
    StatusEvent,
    WebhookDevice,
    WebhookEvent,
    WebhookParseError,
    parse,
    parse_one,
)
from sparkbot_api.models.chat_message import ChatMessage
from sparkbot_api.models.message import Message
from sparkbot_api.models.message_status import MessageStatus

from .conftest import EXAMPLES_FACTOR

CREATED = 1714557600  # 2024-05-01T10:00:00Z
DEVICE = {"id": "64f1c0ffee0000000000a001", "phone": "+34600111222", "alias": "sales", "plan": "platform"}
OUT_ID = "65f0aa11bb22cc33dd44ee55"
IN_WID = "3EB0C767D26A1D28A0D5"


def envelope(event: str, data: dict[str, Any], event_id: str = "66a0000000000000000000e1") -> dict[str, Any]:
    """A platform-plan delivery, as the server posts it."""
    return {
        "id": event_id,
        "object": "message",
        "event": event,
        "created": CREATED,
        "device": DEVICE,
        "data": data,
    }


OUTBOUND = {"id": OUT_ID, "device": DEVICE["id"], "phone": "+34600111333", "message": "Your order shipped"}
INBOUND = {
    "wid": IN_WID,
    "flow": "in",
    "from": "34600111333@c.us",
    "to": "34600111222@c.us",
    "kind": "text",
    "body": "Hola, tienen stock?",
    "date": "2024-05-01T09:59:58.000Z",
    "chat": {"id": "34600111333@c.us", "type": "chat"},
}

SAMPLES: dict[str, tuple[dict[str, Any], type[WebhookEvent]]] = {
    "message:in:new": (envelope("message:in:new", INBOUND), MessageEvent),
    "message:out:new": (
        envelope("message:out:new", {**OUTBOUND, "status": "queued", "priority": "normal"}),
        MessageEvent,
    ),
    "message:out:sent": (
        envelope(
            "message:out:sent",
            {**OUTBOUND, "status": "sent", "waId": IN_WID, "sentAt": "2024-05-01T10:00:01.000Z"},
        ),
        MessageEvent,
    ),
    "message:out:ack": (
        envelope("message:out:ack", {**OUTBOUND, "status": "sent", "deliveryStatus": "read"}),
        MessageEvent,
    ),
    "message:out:failed": (
        envelope(
            "message:out:failed",
            {**OUTBOUND, "status": "failed", "failureReason": "Number is not on WhatsApp"},
        ),
        MessageEvent,
    ),
    "message:update": (
        envelope(
            "message:update",
            {**INBOUND, "body": "Hola, tienen stock de tallas M?", "editedAt": "2024-05-01T10:02:00Z"},
        ),
        MessageEvent,
    ),
    "message:reaction": (
        envelope(
            "message:reaction",
            {"wid": "3EB0AA", "kind": "reaction", "reaction": "👍", "quoted": {"wid": IN_WID}},
        ),
        MessageEvent,
    ),
    "status:update": (
        envelope(
            "status:update", {"wid": "3EB0ST", "kind": "image", "from": "34600111333@c.us", "caption": "New"}
        ),
        StatusEvent,
    ),
    "channel:in": (
        envelope(
            "channel:in",
            {"wid": "3EB0CH", "kind": "text", "body": "Sale today", "chat": {"id": "12036@newsletter"}},
        ),
        MessageEvent,
    ),
    "number:session": (
        envelope(
            "number:session", {"status": "online", "previousStatus": "authorize", "device": DEVICE["id"]}
        ),
        SessionEvent,
    ),
    "group:update": (
        envelope("group:update", {"wid": "120363@g.us", "name": "Team", "kind": "participants:add"}),
        GroupEvent,
    ),
    "chat:update": (
        envelope("chat:update", {"id": "34600111333@c.us", "status": "resolved", "owner": {"agent": OUT_ID}}),
        ChatEvent,
    ),
    "contact:update": (
        envelope("contact:update", {"wid": "34600111333@c.us", "name": "Ana", "phone": "+34600111333"}),
        ContactEvent,
    ),
}

BATCH: list[dict[str, Any]] = [
    {
        "event": name,
        "date": f"2024-05-01T10:00:0{i}.000Z",
        "entity": "message",
        "entityId": OUT_ID,
        "entityUrl": f"http://sparkbot.test/v1/messages/{OUT_ID}",
        "user": "64f1c0ffee0000000000b002",
        "data": {**OUTBOUND, "status": status},
    }
    for i, (name, status) in enumerate(
        [("message:out:sent", "sent"), ("message:out:ack", "delivered"), ("message:out:failed", "failed")]
    )
]


def test_samples_cover_every_known_event() -> None:
    assert set(SAMPLES) == set(EVENTS)
    assert len(EVENTS) == 13


@pytest.mark.parametrize("name", EVENTS)
def test_envelope_of_each_event(name: str) -> None:
    sample, cls = SAMPLES[name]
    events = parse(json.dumps(sample).encode())
    assert len(events) == 1
    event = events[0]
    assert type(event) is cls
    assert event.event == name
    assert event.id == "66a0000000000000000000e1"
    assert event.created == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert event.device == WebhookDevice(**DEVICE)
    assert event.data == sample["data"]
    assert event.raw == sample
    assert (event.entity, event.entity_id, event.entity_url, event.user) == (None, None, None, None)


@pytest.mark.parametrize("name", [n for n in EVENTS if n.startswith("message:out:")])
def test_outbound_message_events_parse_to_message(name: str) -> None:
    event = parse_one(SAMPLES[name][0])
    assert isinstance(event, MessageEvent)
    message = event.message
    assert isinstance(message, Message)
    assert message.id == OUT_ID
    assert message.status == SAMPLES[name][0]["data"]["status"]
    assert event.message is message  # parsed once


@pytest.mark.parametrize("name", ["message:in:new", "message:update", "message:reaction", "channel:in"])
def test_other_message_events_parse_to_chat_message(name: str) -> None:
    event = parse_one(SAMPLES[name][0])
    assert isinstance(event, MessageEvent)
    assert isinstance(event.message, ChatMessage)
    assert event.message.wid == SAMPLES[name][0]["data"]["wid"]


def test_inbound_message_fields_are_typed() -> None:
    event = parse_one(SAMPLES["message:in:new"][0])
    assert isinstance(event, MessageEvent)
    assert isinstance(event.message, ChatMessage)
    assert event.message.body == "Hola, tienen stock?"
    assert event.message.date == datetime(2024, 5, 1, 9, 59, 58, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "data", "field", "misfit"),
    [
        ("message:out:ack", {"status": "sent"}, "id", None),  # no id: it reads None
        ("message:in:new", {"body": "hi"}, "wid", None),  # no wid: it reads None
        ("message:out:sent", {"id": OUT_ID, "sentAt": "yesterday"}, "sent_at", "sentAt"),
        ("message:out:sent", {"id": OUT_ID, "sentAt": 1714557600}, "sent_at", "sentAt"),
        ("message:in:new", {"wid": IN_WID, "media": "not an object"}, "media", "media"),
        ("message:in:new", {"wid": IN_WID, "vcards": 3}, "vcards", "vcards"),
        ("message:out:new", {"id": OUT_ID, "status": 7}, "status", "status"),
    ],
)
def test_message_parses_even_when_data_does_not_fit_the_model(
    name: str, data: dict[str, Any], field: str, misfit: str | None
) -> None:
    """A receiver accepts every delivery: a missing field reads None, a misfit stays raw beside the fields."""
    event = parse_one({"event": name, "data": data})
    assert isinstance(event, MessageEvent)
    assert isinstance(event.message, Message if name.startswith("message:out:") else ChatMessage)
    assert getattr(event.message, field) is None
    if misfit is not None:
        assert event.message[misfit] == data[misfit]
    assert event.data == data


def test_unknown_status_value_still_parses() -> None:
    event = parse_one({"event": "message:out:ack", "data": {"id": OUT_ID, "status": "archived"}})
    assert isinstance(event, MessageEvent)
    assert isinstance(event.message, Message)
    assert isinstance(event.message.status, MessageStatus)
    assert event.message.status == "archived"


def test_batched_array_form() -> None:
    events = parse(json.dumps(BATCH))
    assert [e.event for e in events] == ["message:out:sent", "message:out:ack", "message:out:failed"]
    for i, (event, item) in enumerate(zip(events, BATCH, strict=True)):
        assert isinstance(event, MessageEvent)
        assert event.created == datetime(2024, 5, 1, 10, 0, i, tzinfo=UTC)
        assert event.entity == "message"
        assert event.entity_id == OUT_ID
        assert event.entity_url == f"http://sparkbot.test/v1/messages/{OUT_ID}"
        assert event.user == "64f1c0ffee0000000000b002"
        assert event.id is None
        assert event.device is None
        assert event.raw == item
        assert isinstance(event.message, Message)
        assert event.message.status == item["data"]["status"]


@pytest.mark.parametrize(
    "convert",
    [
        lambda b: json.dumps(b).encode(),
        lambda b: bytearray(json.dumps(b).encode()),
        lambda b: json.dumps(b, indent=2),
        lambda b: b,
    ],
    ids=["bytes", "bytearray", "str", "decoded"],
)
@pytest.mark.parametrize("body", [SAMPLES["message:in:new"][0], BATCH], ids=["envelope", "array"])
def test_every_input_form_gives_the_same_events(convert: Any, body: Any) -> None:
    assert parse(convert(body)) == parse(json.dumps(body))
    assert len(parse(convert(body))) == (1 if isinstance(body, dict) else 3)


def test_utf16_bytes_are_decoded() -> None:
    sample = SAMPLES["contact:update"][0]
    assert parse(json.dumps(sample).encode("utf-16")) == parse(sample)


def test_decoded_input_is_copied_not_shared() -> None:
    sample = json.loads(json.dumps(SAMPLES["chat:update"][0]))
    event = parse_one(sample)
    sample["extra"] = 1
    sample["data"]["status"] = "open"
    assert "extra" not in event.raw
    assert event.data["status"] == "resolved"


def test_unknown_event_is_kept_with_every_field() -> None:
    body = {
        "id": "66a0000000000000000000e9",
        "object": "message",
        "event": "message:out:retry",
        "created": CREATED,
        "device": DEVICE,
        "data": {"id": OUT_ID, "retry": {"count": 2}},
        "attempt": 3,
    }
    event = parse_one(json.dumps(body))
    assert type(event) is WebhookEvent
    assert event.event == "message:out:retry"
    assert event.raw == body
    assert event.data == body["data"]
    assert event.created == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert not hasattr(event, "message")


def test_unknown_fields_are_kept() -> None:
    body = {**SAMPLES["group:update"][0], "webhookId": "w1", "attempt": 2}
    body["data"] = {**body["data"], "newField": {"nested": [1, 2]}}
    event = parse_one(body)
    assert type(event) is GroupEvent
    assert event.raw["webhookId"] == "w1"
    assert event.raw["attempt"] == 2
    assert event.data["newField"] == {"nested": [1, 2]}


def test_chat_message_keeps_unknown_data_fields() -> None:
    event = parse_one(SAMPLES["message:reaction"][0])
    assert isinstance(event, MessageEvent)
    assert isinstance(event.message, ChatMessage)
    assert event.message.additional_properties == {"reaction": "👍"}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"created": CREATED}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({"created": CREATED + 0.5}, datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)),
        ({"created": "2024-05-01T10:00:00Z"}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({"date": "2024-05-01T12:00:00+02:00"}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({"date": "2024-05-01T10:00:00"}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),  # no offset: UTC
        ({"date": CREATED}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({"created": CREATED, "date": "2030-01-01T00:00:00Z"}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({"created": "soon", "date": "2024-05-01T10:00:00Z"}, datetime(2024, 5, 1, 10, 0, tzinfo=UTC)),
        ({}, None),
        ({"created": None}, None),
        ({"created": "yesterday"}, None),
        ({"created": True}, None),
        ({"created": 10**20}, None),
        ({"created": [CREATED]}, None),
    ],
)
def test_created(fields: dict[str, Any], expected: datetime | None) -> None:
    event = parse_one({"event": "chat:update", **fields})
    assert event.created == expected
    if expected is not None:
        assert event.created is not None and event.created.utcoffset() is not None


@pytest.mark.parametrize(
    ("device", "expected"),
    [
        (DEVICE, WebhookDevice(**DEVICE)),
        ({"id": "64f1c0ffee0000000000a001"}, WebhookDevice(id="64f1c0ffee0000000000a001")),
        ("64f1c0ffee0000000000a001", WebhookDevice(id="64f1c0ffee0000000000a001")),
        ({"id": 5, "phone": None}, WebhookDevice()),
        (None, None),
        (17, None),
    ],
)
def test_device(device: Any, expected: WebhookDevice | None) -> None:
    assert parse_one({"event": "number:session", "device": device}).device == expected


def test_missing_or_null_data_is_an_empty_dict() -> None:
    assert parse_one({"event": "chat:update"}).data == {}
    assert parse_one({"event": "chat:update", "data": None}).data == {}


def test_events_are_frozen_and_hashable() -> None:
    event = parse_one(SAMPLES["chat:update"][0])
    with pytest.raises(AttributeError):
        event.event = "other"  # type: ignore[misc]
    assert len({event, parse_one(SAMPLES["chat:update"][0])}) == 1


def test_empty_array_is_no_events() -> None:
    assert parse("[]") == []
    assert parse([]) == []


def test_parse_one_refuses_several_or_none() -> None:
    assert parse_one([BATCH[0]]).event == "message:out:sent"
    with pytest.raises(WebhookParseError, match="the body holds 3"):
        parse_one(BATCH)
    with pytest.raises(WebhookParseError, match="the body holds 0"):
        parse_one(b"[]")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "the webhook body is empty"),
        ("  \n", "the webhook body is empty"),
        (b"{not json", "not valid JSON: Expecting property name"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"\xff", "not valid JSON"),
        ("[" * 100_000, "not valid JSON"),
        ("42", "a JSON object or an array of objects, got number"),
        ('"message:in:new"', "got string"),
        ("null", "got null"),
        (True, "got boolean"),
        (3.5, "got number"),
        (None, "got null"),
        ("[1]", "item 0 of the webhook array must be a JSON object, got number"),
        ('[{"event": "chat:update"}, [] ]', "item 1 of the webhook array must be a JSON object, got array"),
        ('{"data": {}}', "the webhook body has no 'event' field"),
        ('{"event": null}', "the webhook body has no 'event' field"),
        ('{"event": 5}', "'event' must be a non-empty string, got number 5"),
        ('{"event": ""}', "'event' must be a non-empty string, got string ''"),
        ('{"event": ["chat:update"]}', "got array"),
        ('{"event": {"name": "chat:update"}}', "'event' must be a non-empty string, got object {'name'"),
        (("chat:update",), "a JSON object or an array of objects, got tuple"),  # not JSON: its Python type
        ('[{"event": "chat:update"}, {"data": {}}]', "item 1 of the webhook array has no 'event' field"),
        ('{"event": "chat:update", "data": [1]}', "(chat:update): 'data' must be a JSON object, got array"),
        ('{"event": "chat:update", "data": "x"}', "'data' must be a JSON object, got string"),
    ],
)
def test_errors(body: Any, message: str) -> None:
    with pytest.raises(WebhookParseError) as info:
        parse(body)
    assert message in str(info.value)
    assert isinstance(info.value, sparkbot.SparkBotError)
    assert isinstance(info.value, ValueError)
    assert type(info.value.__cause__) is not KeyError


def test_an_empty_body_error_says_just_that() -> None:
    """The whole message of an empty delivery's error, as a receiver logs it."""
    with pytest.raises(WebhookParseError) as info:
        parse(b" ")
    assert str(info.value) == "the webhook body is empty"


def test_not_json_error_chains_the_decoder_error() -> None:
    with pytest.raises(WebhookParseError) as info:
        parse("{")
    assert isinstance(info.value.__cause__, json.JSONDecodeError)


def test_reachable_from_the_package() -> None:
    assert sparkbot.webhooks is webhooks
    assert sparkbot.webhooks.parse is parse


def test_import_does_not_load_generated_models() -> None:
    code = (
        "import sys, sparkbot.webhooks as w; "
        "assert not [m for m in sys.modules if m.startswith('sparkbot_api')], 'generated code imported'; "
        "w.parse_one({'event': 'message:in:new', 'data': {'wid': 'x'}}).message; "
        "assert 'sparkbot_api.models.chat_message' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- properties -------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
json_objects = st.dictionaries(st.text(max_size=12), json_values, max_size=6)
event_names = st.sampled_from(EVENTS) | st.text(min_size=1, max_size=30)
# Envelope keys the parser reads, with any JSON value, plus keys it does not know.
envelope_extras = st.dictionaries(
    st.sampled_from(["id", "object", "created", "date", "device", "entity", "entityId", "entityUrl", "user"])
    | st.text(max_size=10).filter(lambda k: k not in ("event", "data")),
    json_values,
    max_size=6,
)


def check_message(event: WebhookEvent) -> None:
    if isinstance(event, MessageEvent):
        assert event.message is None or isinstance(event.message, Message | ChatMessage)
    else:
        assert not hasattr(event, "message")


@settings(derandomize=True, max_examples=100 * EXAMPLES_FACTOR, deadline=None)
@given(name=event_names, data=json_objects, extras=envelope_extras)
def test_any_json_data_parses_to_one_event_keeping_raw(
    name: str, data: dict[str, Any], extras: dict[str, Any]
) -> None:
    body = {**extras, "event": name, "data": data}
    for form in (body, json.dumps(body), json.dumps(body).encode()):
        events = parse(form)
        assert len(events) == 1
        event = events[0]
        assert event.raw == body
        assert event.data == data
        assert event.event == name
        assert type(event) is (SAMPLES[name][1] if name in SAMPLES else WebhookEvent)
        check_message(event)


MODEL_KEYS = [
    *("id", "wid", "status", "deliveryStatus", "sentAt", "failedAt", "priority", "entity", "source", "media"),
    *("contact", "retry", "vcards", "date", "ack", "flow", "mtype", "chat", "quoted", "meta", "location"),
]


@settings(derandomize=True, max_examples=100 * EXAMPLES_FACTOR, deadline=None)
@given(
    name=st.sampled_from([n for n in EVENTS if SAMPLES[n][1] is MessageEvent]),
    data=st.dictionaries(
        st.sampled_from(MODEL_KEYS), json_values | st.sampled_from(["sent", "in", "2024-05-01"])
    ),
)
def test_message_property_never_raises_on_model_shaped_data(name: str, data: dict[str, Any]) -> None:
    event = parse_one({"event": name, "data": data})
    check_message(event)
