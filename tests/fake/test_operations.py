"""The fake answers every operation of the spec, through the SDK facade, with the documented success status
and a body the spec accepts (checked with openapi-core for every response the test caused).

Each action gets its required arguments only, generated from the facade's rules; ids of other resources
are created first through the API (a chat by sending to it, a group by creating it ...), so every call
meets the state it needs.
"""

from __future__ import annotations

import importlib
import json
import re
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import Any

import httpx
import pytest
import yaml
from sparkbot import SparkBot, SyncPager
from sparkbot._openapi import operations as walk
from sparkbot._openapi import resolve
from sparkbot._operation import Operation
from sparkbot.testing import BASE_URL, FakeSparkBot
from sparkbot.testing._app import _generic
from sparkbot.testing._router import Call, Reply
from sparkbot.testing._spec import ApiOperation as SpecOperation
from sparkbot.testing._spec import operations

from tests.conftest import SPEC_PATH

from .conftest import assert_matches_spec

SPEC = yaml.safe_load(SPEC_PATH.read_text())
PHONE = "+34600111222"
CHAT = "34600111222@c.us"
LATER = (datetime.now(UTC) + timedelta(days=1)).isoformat()


def _facades() -> list[Any]:
    params = []
    for path, method, op in walk(SPEC):
        if "x-sparkbot-facade" in op:
            names = [op["x-sparkbot-facade"]]
        else:  # POST /messages: one facade method per body variant
            variants = op["requestBody"]["content"]["application/json"]["schema"]["anyOf"]
            names = [resolve(SPEC, v)["x-sparkbot-facade"] for v in variants]
        params += [pytest.param(name, method.upper(), path, id=name) for name in names]
    return params


FACADES = _facades()


class World:
    """Resources other calls need, each created (through the API) on first use."""

    def __init__(self, fake: FakeSparkBot, client: SparkBot) -> None:
        self.fake, self.client, self.device = fake, client, fake.device_id

    @cached_property
    def outbound_id(self) -> str:
        return self.client.messages.send_text(device=self.device, phone=PHONE, message="hello").id

    @cached_property
    def wa_id(self) -> str:
        self.fake.advance()
        wa_id = self.client.messages.get(self.outbound_id).wa_id
        assert isinstance(wa_id, str)
        return wa_id

    @cached_property
    def chat_id(self) -> str:
        assert self.wa_id
        return CHAT

    @cached_property
    def chat_file_id(self) -> str:
        self.client.messages.send_media(
            device=self.device, phone=PHONE, media={"url": "https://x.test/a.jpg"}
        )
        self.fake.advance()
        files = self.client.request("GET", f"/chat/{self.device}/files").parsed
        return str(files[0]["id"])

    @cached_property
    def contact_id(self) -> str:
        return self.client.contacts.create(device=self.device, phone="+34600111444").wid

    @cached_property
    def group_id(self) -> str:
        return self.client.groups.create(device=self.device, name="Team").wid

    @cached_property
    def channel_id(self) -> str:
        return self.client.channels.create(device=self.device, name="News").wid

    @cached_property
    def file_id(self) -> str:
        return self.client.files.upload(url="https://x.test/report.pdf")[0].id  # the API answers a list

    @cached_property
    def campaign_id(self) -> str:
        return str(self.fake.add_campaign()["id"])

    @cached_property
    def status_id(self) -> str:
        status_id = self.client.user_status.publish(device=self.device, message="out").id
        assert isinstance(status_id, str)
        return status_id

    @cached_property
    def webhook_id(self) -> str:
        return self.client.webhooks.create(name="hook", url="http://127.0.0.1:9/hook").id

    @cached_property
    def department_id(self) -> str:
        return self.client.departments.create(device=self.device, name="Sales", color="gold", icon="users").id

    @cached_property
    def member_id(self) -> str:
        return self.client.team.create(
            device=self.device,
            display_name="Ann",
            email="ann@x.test",
            password="pw-12345",
            role="agent",
            color="blue",
        ).id

    @cached_property
    def shortcut(self) -> str:
        return str(
            self.client.quick_replies.create(device=self.device, shortcut="hi", message="Hello!").shortcut
        )

    @cached_property
    def second_device(self) -> str:
        return str(self.fake.add_device()["id"])


# Arguments that need a meaning the rules cannot give: (namespace, argument) -> value from the world.
IDS = {
    ("messages", "message_id"): lambda w: w.outbound_id,
    ("chat_messages", "message_id"): lambda w: w.wa_id,
    ("chats", "chat_id"): lambda w: w.chat_id,
    ("contacts", "contact_id"): lambda w: w.contact_id,
    ("groups", "group_id"): lambda w: w.group_id,
    ("groups", "id"): lambda w: w.group_id,
    ("channels", "channel_id"): lambda w: w.channel_id,
    ("files", "file_id"): lambda w: w.file_id,
    ("chat_files", "file_id"): lambda w: w.chat_file_id,
    ("campaigns", "campaign_id"): lambda w: w.campaign_id,
    ("user_status", "status_id"): lambda w: w.status_id,
    ("webhooks", "webhook_id"): lambda w: w.webhook_id,
    ("departments", "department"): lambda w: w.department_id,
    ("team", "id"): lambda w: w.member_id,
    ("queue", "target_device"): lambda w: w.second_device,
}
WA = "3EB0AAAAAAAAAAAAAAAA"
# Whole argument sets for actions whose only required argument is not enough for a useful call.
EXTRA: dict[str, Any] = {
    "messages.send_text": {"phone": PHONE, "message": "hi"},
    "messages.send_media": {"phone": PHONE, "media": {"url": "https://x.test/photo.jpg"}},
    "messages.send_scheduled": {"phone": PHONE, "message": "later"},
    "messages.send_poll": {"phone": PHONE, "poll": {"name": "Lunch?", "options": ["yes", "no"]}},
    "messages.send_poll_vote": {"phone": PHONE, "vote": {"poll": WA, "options": [{"id": 0}]}},
    "messages.delete_poll_vote": {"phone": PHONE, "vote": {"poll": WA}},
    "messages.send_event": {"phone": PHONE, "event": {"name": "Party", "date": LATER}},
    "messages.send_event_confirmation": {"phone": PHONE, "confirm": {"event": WA}},
    "messages.send_location": {"phone": PHONE, "location": {"address": "Gran Via 1, Madrid"}},
    "messages.send_contacts": {"phone": PHONE, "contacts": [{"phone": "+34600111333", "name": "Ann"}]},
    "messages.send_reaction": {"phone": PHONE},
    "messages.send_product": {"phone": PHONE},
    "messages.forward": {"phone": PHONE, "forward": {"message": WA}},
    "messages.send_list": {"phone": PHONE},
    "quick_replies.update": {"shortcut": lambda w: w.shortcut},
    "quick_replies.delete": {"body": lambda w: [{"shortcut": w.shortcut}]},
    "labels.create": {"name": "support"},
    "labels.update": {"name": "vip"},
    "labels.delete": {"name": "vip"},
    "chats.update_labels": {"body": ["vip"]},
    "contacts.create": {"phone": "+34600111444"},
    "contacts.bulk_create": {"body": [{"phone": "+34600111555", "name": "Bea"}]},
    "devices.delete_chats": {"body": [PHONE]},
    "groups.remove_participants": {"body": ["+34600111333"]},
    "groups.join": {"code": "AbCdEf123"},
    "channels.join": {"code": "AbCdEf123"},
    "files.upload": {"url": "https://x.test/report.pdf"},
    "webhooks.create": {"url": "http://127.0.0.1:9/hook"},
}
PATTERNS = {
    "^[0-9a-fA-F]{24}$": "0123456789abcdef01234567",
    "^[a-fA-F0-9]{18,32}$": WA,
    "^\\+[1-9]\\d{1,14}$": PHONE,
    "^[0-9]{16,18}$": "1234567890123456",
}


def value(rule: dict[str, Any]) -> Any:
    """The simplest value a facade rule accepts."""
    if "enum" in rule:
        return rule["enum"][0]
    if rule.get("pattern") in PATTERNS:
        return PATTERNS[rule["pattern"]]
    if rule.get("format") == "date-time":
        return LATER
    kind = rule.get("type")
    if kind == "array":
        return [value(rule.get("items", {}))]
    if kind == "object":
        return {name: value(rule["properties"][name]) for name in rule.get("required", [])}
    if kind == "boolean":
        return True
    if kind == "integer":
        return rule.get("minimum", 1)
    return "test"


def operation(namespace: str, method: str) -> Operation:
    module = importlib.import_module(f"sparkbot_api.facade.{namespace}")
    found: Operation = getattr(module, f"{namespace}_{method}".upper())
    return found


def arguments(world: World, facade: str) -> dict[str, Any]:
    namespace, method = facade.split(".")
    op = operation(namespace, method)
    args: dict[str, Any] = {}
    for name in op.required:
        if name == "device":
            args[name] = world.device
        elif (namespace, name) in IDS:
            args[name] = IDS[(namespace, name)](world)
        else:
            args[name] = value(op.rules.get(name, {}))
    if op.device and "device" not in args:
        args["device"] = world.device
    for name, extra in EXTRA.get(facade, {}).items():
        args[name] = extra(world) if callable(extra) else extra
    return args


def documented_success(method: str, path: str) -> int:
    responses = SPEC["paths"][path][method.lower()]["responses"]
    return int(next(code for code in responses if str(code).startswith("2")))


def test_every_operation_is_exercised() -> None:
    covered = {(method, path) for _, method, path in (p.values for p in FACADES)}
    assert len(covered) == 135


@pytest.mark.parametrize(("facade", "method", "path"), FACADES)
def test_fake_answers_operation(
    facade: str, method: str, path: str, fake: FakeSparkBot, client: SparkBot, exchanges: list[httpx.Response]
) -> None:
    namespace, name = facade.split(".")
    args = arguments(World(fake, client), facade)
    before = len(exchanges)
    result = getattr(getattr(client, namespace), name)(**args)
    if isinstance(result, SyncPager):
        list(result)  # a pager fetches on iteration
    call = exchanges[before:]
    assert call, "the action sent no request"
    assert (call[-1].request.method, call[-1].status_code) == (method, documented_success(method, path))
    for response in exchanges:
        assert_matches_spec(response)


@pytest.mark.parametrize("op", operations(), ids=lambda op: f"{op.method} {op.path}")
def test_generic_answer_fits_every_operation(op: SpecOperation, fake: FakeSparkBot) -> None:
    """What the fake answers for an operation it has no handler for (one added to the spec later)."""
    result = _generic(Call(fake.state, op, {}, {}, None))
    body, kind = (
        (result.body, result.media_type) if isinstance(result, Reply) else (result, "application/json")
    )
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    url = BASE_URL + re.sub(r"\{(\w+)\}", "x", op.path)
    request = httpx.Request(op.method, url, headers={"Token": fake.api_key})
    assert_matches_spec(
        httpx.Response(op.success, content=content, headers={"content-type": kind}, request=request)
    )
