"""Errors in the API's shape (401, 404, 400 naming the field) and the knobs tests turn: rate limit, injected
failures, latency, and the record of received requests."""

from __future__ import annotations

import re
import time
from typing import Any

import httpx
import pytest
from sparkbot import (
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    SparkBot,
)
from sparkbot.testing import BASE_URL, FakeSparkBot
from sparkbot.testing._serving import ASGIThreadTransport

from .conftest import assert_matches_spec

PHONE = "+34600111222"


@pytest.fixture
def raw(fake: FakeSparkBot) -> httpx.Client:
    """Plain httpx to the fake: for requests the SDK would never send."""
    return httpx.Client(base_url=BASE_URL, transport=ASGIThreadTransport(fake))


def test_wrong_or_missing_key_is_401(fake: FakeSparkBot, raw: httpx.Client) -> None:
    with pytest.raises(AuthenticationError) as caught:
        fake.client(api_key="wrong-key", max_retries=0).devices.get(fake.device_id)
    assert caught.value.body == {"status": 401, "message": "invalid API key"}
    assert_matches_spec(caught.value.response)
    missing = raw.get("/devices")
    assert (missing.status_code, missing.json()["status"]) == (401, 401)
    assert_matches_spec(missing)


@pytest.mark.parametrize(
    "auth",
    [
        {"headers": {"Token": "test-key"}},
        {"headers": {"Authorization": "Bearer test-key"}},
        {"params": {"token": "test-key"}},
    ],
    ids=["token-header", "bearer", "query"],
)
def test_each_documented_auth_scheme_is_accepted(raw: httpx.Client, auth: dict[str, Any]) -> None:
    assert raw.get("/devices", **auth).status_code == 200


def test_unknown_ids_are_404_naming_them(fake: FakeSparkBot, client: SparkBot) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.devices.get("0123456789abcdef01234567")
    assert caught.value.message == "device not found: 0123456789abcdef01234567"
    assert caught.value.errors == [{"reason": "deviceId", "message": caught.value.message}]
    assert_matches_spec(caught.value.response)
    with pytest.raises(NotFoundError, match=re.escape("chat not found: 34699999999@c.us")):
        client.chats.get("34699999999@c.us", fake.device_id)
    with pytest.raises(NotFoundError, match="webhook not found"):
        client.webhooks.get("0123456789abcdef01234567")


def test_unknown_routes_answer_in_the_error_shape(raw: httpx.Client) -> None:
    missing = raw.get("/nothing-here", headers={"Token": "test-key"})
    assert missing.json() == {"status": 404, "message": "no such endpoint: GET /v1/nothing-here"}
    wrong = raw.put("/devices", headers={"Token": "test-key"})
    assert wrong.json() == {"status": 405, "message": "method not allowed: PUT /v1/devices"}
    assert wrong.headers["allow"] == "GET, HEAD, POST"
    chat = raw.post("/chat/6650f1a2b3c4d5e6f7a8b9c0/chats/1@c.us", headers={"Token": "test-key"})
    assert (chat.status_code, chat.headers["allow"]) == (405, "GET, HEAD, DELETE")


DEVICE = "{device}"  # replaced by the seeded device id


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "field"),
    [
        pytest.param(
            "POST",
            "/messages",
            {"json": {"device": DEVICE, "phone": "600111222", "message": "x"}},
            "phone",
            id="phone",
        ),
        pytest.param(
            "POST", "/messages", {"json": {"phone": PHONE, "media": {"url": "x"}}}, "media.url", id="url"
        ),
        pytest.param(
            "POST",
            "/messages",
            {"json": {"device": DEVICE, "message": "to?"}},
            "phone / group / channel",
            id="no-target",
        ),
        pytest.param(
            "POST",
            "/messages",
            {"json": {"phone": PHONE, "group": "120363146178687348@g.us", "message": "x"}},
            "phone / group / channel",
            id="two-targets",
        ),
        pytest.param("POST", "/messages", {}, "body", id="no-body"),
        pytest.param(
            "POST", "/devices/{device}/labels", {"json": {"name": "x"}}, "color", id="missing-field"
        ),
        pytest.param("DELETE", "/devices/{device}/labels", {}, "body", id="missing-body"),
        pytest.param("GET", "/devices", {"params": {"size": 0}}, "size", id="query-bound"),
        pytest.param("GET", "/devices", {"params": {"search": ""}}, "search", id="query-empty"),
        pytest.param("GET", "/devices/not-an-id", {}, "deviceId", id="path-pattern"),
    ],
)
def test_invalid_requests_are_400_naming_the_field(
    fake: FakeSparkBot, client: SparkBot, method: str, path: str, kwargs: dict[str, Any], field: str
) -> None:
    if "json" in kwargs:
        kwargs = {"json": {k: fake.device_id if v == DEVICE else v for k, v in kwargs["json"].items()}}
    with pytest.raises(BadRequestError) as caught:
        client.request(method, path.replace("{device}", fake.device_id), **kwargs)
    [error] = caught.value.errors
    assert error["reason"] == field
    assert field.split(".")[-1] in caught.value.message
    assert_matches_spec(caught.value.response)
    assert fake.state.messages == {}


def test_rate_limit_drives_the_client_retry(fake: FakeSparkBot) -> None:
    client = fake.client(max_retries=2)
    client.devices.get(fake.device_id)  # the one request the limit lets through
    fake.rate_limit(after=1, retry_after=0)
    client.devices.get(fake.device_id)
    fake.requests.clear()
    sent = client.messages.send_text(device=fake.device_id, phone=PHONE, message="once")
    assert [(r.method, r.path) for r in fake.requests] == [("POST", "/messages")] * 2  # 429, then created
    fake.rate_limit(None)
    assert [m.id for m in client.messages.list()] == [sent.id]


def test_rate_limit_with_no_allowance_exhausts_the_retries(fake: FakeSparkBot) -> None:
    fake.rate_limit(after=0, retry_after=0)
    with pytest.raises(RateLimitError) as caught:
        fake.client(max_retries=2).messages.send_text(device=fake.device_id, phone=PHONE, message="x")
    assert caught.value.retry_after == 0
    assert caught.value.response.headers["retry-after"] == "0"
    assert_matches_spec(caught.value.response)
    assert len(fake.requests) == 3
    assert fake.state.messages == {}


def test_fail_next_503_with_retry_after_is_retried_500_is_not(fake: FakeSparkBot) -> None:
    client = fake.client(max_retries=2)
    fake.fail_next(503, retry_after=0)
    client.messages.send_text(device=fake.device_id, phone=PHONE, message="retried")
    assert len(fake.requests) == 2
    fake.requests.clear()
    fake.fail_next(500)
    with pytest.raises(InternalServerError) as caught:
        client.messages.send_text(device=fake.device_id, phone=PHONE, message="never twice")
    assert_matches_spec(caught.value.response)
    assert len(fake.requests) == 1
    assert len(fake.state.messages) == 1


def test_fail_next_sends_the_retry_after_given_and_the_client_waits_that_long(fake: FakeSparkBot) -> None:
    client = fake.client(max_retries=1)
    fake.fail_next(503, retry_after=0.1)
    started = time.perf_counter()
    client.devices.get(fake.device_id)
    waited = time.perf_counter() - started
    fake.fail_next(429, retry_after=0.25)
    with pytest.raises(RateLimitError) as caught:
        fake.client(max_retries=0).devices.get(fake.device_id)
    assert caught.value.response.headers["retry-after"] == "0.25"
    assert caught.value.retry_after == 0.25
    assert 0.1 <= waited < 1.0  # a rounded-up "1" would make it wait a whole second
    assert len(fake.requests) == 3


def test_latency_delays_answers(fake: FakeSparkBot) -> None:
    client = fake.client(max_retries=0)
    fake.latency(0.2)
    started = time.perf_counter()
    client.devices.get(fake.device_id)
    assert time.perf_counter() - started >= 0.2


def test_timeouts_fire_in_process_as_over_http(fake: FakeSparkBot) -> None:
    """A latency above the timeout is a timeout, in-process as over real HTTP (issue 11, defect 8)."""
    fake.latency(1.5)
    with fake.running() as url:
        clients = [fake.client(max_retries=0, timeout=0.3),
                   SparkBot(api_key=fake.api_key, base_url=url, max_retries=0, timeout=0.3)]  # fmt: skip
        for client in clients:
            started = time.perf_counter()
            with pytest.raises(APITimeoutError):
                client.devices.get(fake.device_id)
            assert time.perf_counter() - started < 1.2


@pytest.mark.anyio
async def test_timeouts_fire_in_process_async(fake: FakeSparkBot) -> None:
    fake.latency(1.5)
    started = time.perf_counter()
    async with fake.async_client(max_retries=0, timeout=0.3) as client:
        with pytest.raises(APITimeoutError):
            await client.devices.get(fake.device_id)
        with pytest.raises(APITimeoutError):  # and a whole-call deadline, shorter than the timeout
            await client.devices.get(fake.device_id, timeout=5, deadline=0.3)
    assert time.perf_counter() - started < 2.0


def test_deadline_in_process(fake: FakeSparkBot) -> None:
    fake.latency(1.5)
    started = time.perf_counter()
    with pytest.raises(APITimeoutError):
        fake.client(max_retries=0, deadline=0.3).devices.get(fake.device_id)
    assert time.perf_counter() - started < 1.2


def test_requests_are_recorded_without_the_key(fake: FakeSparkBot, raw: httpx.Client) -> None:
    client = fake.client(max_retries=0)
    client.messages.send_text(device=fake.device_id, phone=PHONE, message="hi", reference="r-1")
    raw.get("/messages", params={"token": "test-key", "status": ["queued", "sent"]})
    post, listing = fake.requests
    assert (post.method, post.path, post.query) == ("POST", "/messages", {})
    assert post.json == {"device": fake.device_id, "phone": PHONE, "message": "hi", "reference": "r-1"}
    assert post.headers["token"] == "***"
    assert listing.query == {"token": "***", "status": ["queued", "sent"]}
    assert fake.api_key not in repr(fake.requests)
