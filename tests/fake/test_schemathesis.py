"""Schemathesis against the fake over real HTTP: every operation of openapi/sparkbot.yaml, positive data only,
and no answer may break the spec (its response schema or its documented status codes) or be a crash (5xx).

One uvicorn server runs for the module; each operation gets a fresh fake holding one of everything (a chat
with a sent message, a queued message, a media file, an uploaded file, a webhook, a campaign, a group, a
channel, a status, a department, a quick reply, a team member), so most cases name objects that exist and
reach the handler's success path, and one in four keeps schemathesis' own random ids to cover the 404s.
Only response checks run: schemathesis' default checks send extra requests of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Ok
from sparkbot.testing import FakeSparkBot
from sparkbot.testing._serving import running
from sparkbot.testing._spec import operations
from starlette.types import Receive, Scope, Send

from tests.conftest import EXAMPLES_FACTOR, SPEC_PATH

EXAMPLES = 8 * EXAMPLES_FACTOR
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]
SCHEMA = schemathesis.openapi.from_path(str(SPEC_PATH))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations() if isinstance(result, Ok)]


class Current:
    """The ASGI app the server runs: whichever fake the running test put in `fake`."""

    fake: FakeSparkBot | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.fake is not None
        await self.fake(scope, receive, send)


@dataclass
class Served:
    """The module's server: the app it runs, its URL, and a client for schemathesis (requests) and one for
    seeding (httpx)."""

    current: Current
    url: str
    session: requests.Session
    http: httpx.Client


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    current = Current()
    with running(current) as url, requests.Session() as session, httpx.Client(base_url=url) as http:
        yield Served(current, url, session, http)


def _created(reply: httpx.Response) -> dict[str, Any]:
    reply.raise_for_status()
    body = reply.json()
    return body[0] if isinstance(body, list) else body  # type: ignore[no-any-return]


def seed(served: Served) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Put a fresh fake behind the server and make one object of each kind a path (or a body) can name,
    through its own API; return their ids."""
    fake = served.current.fake = FakeSparkBot()
    device = fake.device_id
    http = served.http
    http.headers["Token"] = fake.api_key
    phone = "+34600111333"
    text = _created(http.post("/messages", json={"device": device, "phone": phone, "message": "hi"}))
    later = {"device": device, "phone": phone, "message": "later", "deliverAt": "2099-01-01T00:00:00Z"}
    queued = _created(http.post("/messages", json=later))  # stays queued: one that can still change
    media = {"device": device, "phone": phone, "media": {"url": "https://example.com/a.jpg"}}
    _created(http.post("/messages", json=media))
    fake.advance()
    sent = _created(http.get(f"/messages/{text['id']}"))
    upload = _created(http.post("/files", json={"url": "https://example.com/report.pdf"}))
    hook = {"url": "https://example.com/hook", "name": "hook"}  # not loopback: never called
    webhook = _created(http.post("/webhooks", json=hook))
    group = _created(
        http.post(f"/devices/{device}/groups", json={"name": "Team", "participants": [{"phone": phone}]})
    )
    channel = _created(http.post(f"/devices/{device}/channels", json={"name": "News"}))
    status = _created(http.post(f"/chat/{device}/status", json={"message": "away"}))
    department = {"name": "Sales", "color": "tomato", "icon": "briefcase"}
    department = _created(http.post(f"/devices/{device}/departments", json=department))
    reply = {"shortcut": "hello", "message": "Hello!"}
    reply = _created(http.post(f"/devices/{device}/quickReplies", json=reply))
    member = {"displayName": "Ana", "email": "ana@example.com", "password": "secret-123"}
    member = _created(http.post(f"/devices/{device}/team", json={**member, "role": "agent", "color": "blue"}))
    chat_file = next(iter(fake.state.devices[device].chat_files))
    chat = "34600111333@c.us"
    ids = {
        "deviceId": device,
        "chatId": chat,
        "contactId": chat,
        "groupId": group["id"],
        "channelId": channel["id"],
        "statusId": status["id"],
        "campaignId": fake.add_campaign()["id"],
        "webhookId": webhook["id"],
        "/files fileId": upload["id"],
        "/chat fileId": chat_file,
        "/messages messageId": queued["id"],
        "/chat messageId": sent["waId"],
    }
    # Objects some operations name in their body rather than their path: (operation, field) -> id.
    body_ids = {
        ("PATCH /devices/{deviceId}/labels", "name"): "vip",  # seeded with every fake
        ("DELETE /devices/{deviceId}/labels", "name"): "vip",
        ("PATCH /devices/{deviceId}/departments", "department"): department["id"],
        ("DELETE /devices/{deviceId}/departments", "department"): department["id"],
        ("PATCH /devices/{deviceId}/quickReplies", "id"): reply["id"],
        ("PATCH /devices/{deviceId}/team", "id"): member["id"],
        ("PATCH /team", "id"): member["id"],
        ("DELETE /devices/{deviceId}/groups", "id"): ids["groupId"],
    }
    return ids, body_ids


def test_every_operation_of_the_spec_is_run() -> None:
    """No operation escapes by failing to load; and the fake serves the same operations."""
    served = sorted(f"{op.method} {op.path}" for op in operations())
    assert sorted(op.label for op in OPERATIONS) == served
    assert len(served) == len(list(SCHEMA.get_all_operations()))


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_fake_answers_within_the_spec(operation: Any, served: Served) -> None:
    ids, body_ids = seed(served)
    token = {"Token": served.http.headers["Token"]}
    root = "/" + operation.path.split("/")[1]

    @given(case=operation.as_strategy(), known_ids=st.sampled_from([True, True, True, False]))
    @settings(
        max_examples=EXAMPLES,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any, known_ids: bool) -> None:
        for name in case.path_parameters or {}:
            if known_ids or name == "deviceId":
                case.path_parameters[name] = ids.get(name) or ids[f"{root} {name}"]
        if known_ids and isinstance(case.body, dict):
            if "device" in case.body:
                case.body["device"] = ids["deviceId"]  # a send or a queue move to a number that exists
            for (label, name), value in body_ids.items():
                if label == operation.label:
                    case.body[name] = value
        response = case.call(base_url=served.url, session=served.session, headers=token)
        case.validate_response(response, checks=CHECKS)

    run()
