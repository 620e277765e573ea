"""Real bodies from public code and docs (tests/evidence/*.json, sources in openapi/EVIDENCE.md).

The spec is a hypothesis about a service we cannot reach: these bodies are what real callers send and what
the real service answers. Requests must be accepted by the spec (openapi-core) and by the fake server;
replies must come back from the client as models that keep every field; webhook deliveries must parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from sparkbot import APIStatusError, SparkBot
from sparkbot.testing import FakeSparkBot
from sparkbot.webhooks import MessageEvent, parse

from .conftest import API_KEY, BASE_URL
from .contract.conftest import ACTIONS, Action, call, valid_args
from .contract.openapi_httpx import validate_request

EVIDENCE = Path(__file__).resolve().parent / "evidence"
FIXTURES = {path.stem: json.loads(path.read_text()) for path in sorted(EVIDENCE.glob("*.json"))}


def of_kind(kind: str) -> list[str]:
    return [name for name, fixture in FIXTURES.items() if fixture["kind"] == kind]


def test_the_evidence_is_sourced_and_large_enough() -> None:
    assert len(FIXTURES) >= 40
    for name, fixture in FIXTURES.items():
        source = fixture["source"]
        assert source.get("url") or source.get("repo") or "index" in source.get("note", ""), name
        assert source.get("note"), f"{name}: say what the body is"
        assert fixture["kind"] in ("request", "reply", "webhook"), name


@pytest.fixture(scope="module")
def fake() -> Iterator[tuple[FakeSparkBot, SparkBot]]:
    fake = FakeSparkBot(api_key=API_KEY)
    with fake.client(max_retries=0) as client:
        yield fake, client


def request_url(fixture: dict[str, Any], device: str) -> str:
    """The fixture's path with its parameters filled in; the device is the fake's own number."""
    params = {**fixture.get("path_params", {}), "deviceId": device}
    return re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), fixture["path"])


@pytest.mark.parametrize("name", of_kind("request"))
def test_real_request_is_accepted_by_the_spec_and_the_fake(
    name: str, fake: tuple[FakeSparkBot, SparkBot]
) -> None:
    fixture = FIXTURES[name]
    server, client = fake
    path = request_url(fixture, server.device_id)
    body, query = fixture.get("body"), fixture.get("query") or {}
    request = httpx.Request(
        fixture["method"], BASE_URL + path, params=query, json=body, headers={"Token": API_KEY}
    )
    validate_request(request, BASE_URL)  # raises, naming the field, if the spec refuses it
    try:
        client.request(fixture["method"], path, params=query, json=body)
    except APIStatusError as exc:  # a missing resource is fine; a refused body is not
        assert exc.status_code not in (400, 405, 422), f"{name}: the fake refused it: {exc}"


def reply_action(fixture: dict[str, Any]) -> Action:
    return next(a for a in ACTIONS if a.op.name == fixture["operationId"])


def kept(body: dict[str, Any], model: Any) -> None:
    """Every field the service sent is still there after parsing (typed, or raw beside the fields)."""
    back = model.to_dict()
    missing = [key for key, value in body.items() if value is not None and key not in back]
    assert not missing, f"lost in parsing: {missing}"


@pytest.mark.parametrize("name", of_kind("reply"))
def test_real_reply_comes_back_as_a_model(name: str, client: SparkBot, router: respx.MockRouter) -> None:
    fixture = FIXTURES[name]
    action = reply_action(fixture)
    router.route().respond(fixture.get("status", 200), json=fixture["body"])
    result = call(action, client, valid_args(action, "minimal"))
    models = result if isinstance(result, list) else [result]
    assert models and all(isinstance(m, action.result_class) for m in models)
    bodies = fixture["body"] if isinstance(fixture["body"], list) else [fixture["body"]]
    for body, model in zip(bodies, models, strict=True):
        kept(body, model)


@pytest.mark.parametrize("name", of_kind("webhook"))
def test_real_webhook_delivery_parses(name: str) -> None:
    body = FIXTURES[name]["body"]
    events = parse(json.dumps(body))
    items = body if isinstance(body, list) else [body]
    assert len(events) == len(items)
    for event, item in zip(events, items, strict=True):
        assert event.event == item["event"]
        assert isinstance(event, MessageEvent)
        assert event.message is not None
        kept(item["data"], event.message)
