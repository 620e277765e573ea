"""Typed errors: every status to its class with the body's details, unreadable bodies, transport failures,
and argument validation that stops a call before anything is sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot

from .conftest import API_KEY, BASE_URL, DEVICE

SYNC_URL = f"{BASE_URL}/devices/{DEVICE}/sync"
STATUSES = [
    (300, sparkbot.APIStatusError),  # not a success: the client follows no redirects, so a 3xx is an error
    (400, sparkbot.BadRequestError),
    (401, sparkbot.AuthenticationError),
    (403, sparkbot.PermissionDeniedError),
    (404, sparkbot.NotFoundError),
    (409, sparkbot.ConflictError),
    (422, sparkbot.UnprocessableEntityError),
    (429, sparkbot.RateLimitError),
    (500, sparkbot.InternalServerError),
    (502, sparkbot.InternalServerError),
    (503, sparkbot.InternalServerError),
]
ERROR_BODY = {
    "status": 0,
    "message": "Something specific went wrong",
    "errorCode": "E_SPECIFIC",
    "errors": [{"path": "phone", "message": "invalid"}],
}


def error_route(router: respx.MockRouter, status: int) -> respx.Route:
    return router.get(f"/devices/{DEVICE}/sync").respond(
        status, json={**ERROR_BODY, "status": status}, headers={"x-request-id": f"req-{status}"}
    )


def assert_status_error(exc: sparkbot.APIStatusError, status: int) -> None:
    assert exc.status_code == status
    assert exc.message == ERROR_BODY["message"]
    assert exc.error_code == "E_SPECIFIC"
    assert exc.errors == ERROR_BODY["errors"]
    assert exc.headers["x-request-id"] == f"req-{status}"
    assert (exc.method, exc.url) == ("GET", SYNC_URL)
    assert str(status) in str(exc) and ERROR_BODY["message"] in str(exc)


@pytest.mark.parametrize(("status", "error"), STATUSES)
def test_status_maps_to_typed_error(
    client: SparkBot, router: respx.MockRouter, status: int, error: type[sparkbot.APIStatusError]
) -> None:
    error_route(router, status)
    with pytest.raises(error) as info:
        client.sessions.sync(DEVICE)
    assert type(info.value) is error
    assert_status_error(info.value, status)


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "error"), STATUSES)
async def test_status_maps_to_typed_error_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, status: int, error: type[sparkbot.APIStatusError]
) -> None:
    error_route(router, status)
    with pytest.raises(error) as info:
        await async_client.sessions.sync(DEVICE)
    assert type(info.value) is error
    assert_status_error(info.value, status)


@pytest.mark.parametrize(("header", "seconds"), [("7", 7.0), (None, None)])
def test_rate_limit_retry_after(
    client: SparkBot, router: respx.MockRouter, header: str | None, seconds: float | None
) -> None:
    headers = {"Retry-After": header} if header else {}
    router.post("/messages").respond(429, json={"message": "slow down"}, headers=headers)
    with pytest.raises(sparkbot.RateLimitError) as info:
        client.messages.send_text(DEVICE, phone="+34600111222", message="hi")
    assert info.value.retry_after == seconds
    assert info.value.message == "slow down"


@pytest.mark.anyio
async def test_rate_limit_retry_after_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    router.post("/messages").respond(429, json={"message": "slow down"}, headers={"Retry-After": "3"})
    with pytest.raises(sparkbot.RateLimitError) as info:
        await async_client.messages.send_text(DEVICE, phone="+34600111222", message="hi")
    assert info.value.retry_after == 3.0


# Bodies that are not the documented Error object still give the typed status error.
ODD_BODIES = [
    (
        502,
        {"content-type": "text/html"},
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        "502 Bad Gateway",
    ),
    (404, {}, b"", "Not Found"),
    (500, {"content-type": "text/plain; charset=rot13"}, b"oops", "oops"),  # no text codec: read as UTF-8
    (500, {"content-type": "application/json"}, b'{"message": "half a bo', "half a bo"),
    (400, {"content-type": "application/json"}, b'["not", "an", "object"]', "not"),
]


@pytest.mark.parametrize(("status", "headers", "body", "shown"), ODD_BODIES)
def test_unusual_error_bodies(
    client: SparkBot, router: respx.MockRouter, status: int, headers: dict[str, str], body: bytes, shown: str
) -> None:
    router.get(f"/devices/{DEVICE}/sync").respond(status, headers=headers, content=body)
    with pytest.raises(sparkbot.APIStatusError) as info:
        client.sessions.sync(DEVICE)
    assert type(info.value) is dict(STATUSES)[status]
    assert info.value.status_code == status
    assert shown in info.value.message
    assert info.value.error_code is None and info.value.errors == []


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "headers", "body", "shown"), ODD_BODIES)
async def test_unusual_error_bodies_async(
    async_client: AsyncSparkBot,
    router: respx.MockRouter,
    status: int,
    headers: dict[str, str],
    body: bytes,
    shown: str,
) -> None:
    router.get(f"/devices/{DEVICE}/sync").respond(status, headers=headers, content=body)
    with pytest.raises(dict(STATUSES)[status]) as info:
        await async_client.sessions.sync(DEVICE)
    assert shown in info.value.message


UNREADABLE_200 = [
    ("not json at all", "not json at all"),
    ('{"id": "5f0c1a2b3c4d5e6f7a8b9c0d", "alias": ', '"alias": '),  # truncated
]


@pytest.mark.parametrize(("body", "text"), UNREADABLE_200)
def test_unreadable_success_body(client: SparkBot, router: respx.MockRouter, body: str, text: str) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, content=body, headers={"content-type": "application/json"})
    with pytest.raises(sparkbot.APIResponseValidationError) as info:
        client.devices.get(DEVICE)
    assert info.value.status_code == 200
    assert info.value.text == body and text in info.value.text


@pytest.mark.anyio
@pytest.mark.parametrize(("body", "text"), UNREADABLE_200)
async def test_unreadable_success_body_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, body: str, text: str
) -> None:
    router.get(f"/devices/{DEVICE}").respond(200, content=body, headers={"content-type": "application/json"})
    with pytest.raises(sparkbot.APIResponseValidationError) as info:
        await async_client.devices.get(DEVICE)
    assert info.value.text == body


@pytest.mark.anyio
async def test_a_body_its_encoding_cannot_decode_says_so_async() -> None:
    """A 200 declared gzip but sent plain is an APIResponseValidationError naming the decoding failure."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"plain"), headers={"content-encoding": "gzip"})

    own = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own, max_retries=0) as client:
        with pytest.raises(
            sparkbot.APIResponseValidationError, match="DecodingError: the body does not decode"
        ):
            await client.devices.get(DEVICE)


@pytest.mark.parametrize(
    ("status", "error"), [(200, sparkbot.APIResponseValidationError), (503, sparkbot.APIStatusError)]
)
def test_an_undecodable_body_leaves_the_other_headers_on_the_errors_response(
    status: int, error: type[sparkbot.APIError]
) -> None:
    """The error of a body that does not decode keeps the reply's headers, all but Content-Encoding (the
    body it named is dropped)."""
    headers = {"content-encoding": "gzip", "x-request-id": "r-1", "content-type": "application/json"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, stream=httpx.ByteStream(b"plain"), headers=headers)

    own = httpx.Client(transport=httpx.MockTransport(answer))
    client = SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own, max_retries=0)
    with pytest.raises(error) as info:
        client.devices.get(DEVICE)
    kept = info.value.response.headers  # type: ignore[attr-defined]
    assert (kept.get("x-request-id"), kept.get("content-type")) == ("r-1", "application/json")
    assert "content-encoding" not in kept and info.value.response.status_code == status  # type: ignore[attr-defined]


TRANSPORT_FAILURES = [
    (httpx.ConnectError, sparkbot.APIConnectionError),
    (httpx.ReadTimeout, sparkbot.APITimeoutError),
    (httpx.ConnectTimeout, sparkbot.APITimeoutError),
    (httpx.RemoteProtocolError, sparkbot.APIConnectionError),
]


@pytest.mark.parametrize(("failure", "error"), TRANSPORT_FAILURES)
def test_transport_failures(
    client: SparkBot, router: respx.MockRouter, failure: type[Exception], error: type[Exception]
) -> None:
    router.get(f"/devices/{DEVICE}/sync").mock(side_effect=failure)
    with pytest.raises(error) as info:
        client.sessions.sync(DEVICE)
    assert type(info.value) is error
    assert isinstance(info.value.__cause__, failure)
    assert (info.value.method, info.value.url) == ("GET", SYNC_URL)


@pytest.mark.anyio
@pytest.mark.parametrize(("failure", "error"), TRANSPORT_FAILURES)
async def test_transport_failures_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, failure: type[Exception], error: type[Exception]
) -> None:
    router.get(f"/devices/{DEVICE}/sync").mock(side_effect=failure)
    with pytest.raises(error) as info:
        await async_client.sessions.sync(DEVICE)
    assert type(info.value) is error


# Arguments that break the spec's rules fail before anything is sent. Each case: (field, call).
Call = Callable[[Any], Any]
TEXT = {"phone": "+34600111222", "message": "hi"}
INVALID_CALLS: list[tuple[str, Call]] = [
    ("device", lambda c: c.sessions.sync("")),  # an id, a phone or an alias: never empty
    ("device", lambda c: c.sessions.sync(42)),
    ("phone", lambda c: c.messages.send_text(DEVICE, phone="600 111 222", message="hi")),
    ("priority", lambda c: c.messages.send_text(DEVICE, priority="urgent", **TEXT)),
    ("typing", lambda c: c.messages.send_text(DEVICE, typing=31, **TEXT)),
    ("typing", lambda c: c.messages.send_text(DEVICE, typing=-1, **TEXT)),
    ("expiration.seconds", lambda c: c.messages.send_text(DEVICE, expiration={"seconds": 1}, **TEXT)),
    ("actions[0].action", lambda c: c.messages.send_text(DEVICE, actions=[{"params": {}}], **TEXT)),
    ("name", lambda c: c.labels.create(DEVICE, name=None, color="ruby")),
    ("color", lambda c: c.labels.create(DEVICE, name="VIP", color="blurple")),
    ("size", lambda c: c.devices.list(size=0)),
    ("page", lambda c: c.devices.list(page=-1)),
]


@pytest.mark.parametrize(("field", "call"), INVALID_CALLS, ids=[f for f, _ in INVALID_CALLS])
def test_invalid_arguments_are_rejected_before_sending(
    client: SparkBot, router: respx.MockRouter, field: str, call: Call
) -> None:
    router.route().respond(200, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        result = call(client)
        if isinstance(result, sparkbot.SyncPager):  # list actions check their arguments when iterated
            list(result)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert isinstance(info.value, ValueError)
    assert router.calls.call_count == 0


@pytest.mark.anyio
@pytest.mark.parametrize(("field", "call"), INVALID_CALLS, ids=[f for f, _ in INVALID_CALLS])
async def test_invalid_arguments_are_rejected_before_sending_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, field: str, call: Call
) -> None:
    router.route().respond(200, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        result = call(async_client)
        if isinstance(result, sparkbot.AsyncPager):
            [item async for item in result]
        else:
            assert isinstance(result, Awaitable)
            await result
    assert info.value.field == field
    assert router.calls.call_count == 0
