"""The client through its public facade: configuration, headers, timeouts, secrecy, retries, raw responses."""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
import respx
import sparkbot
import sparkbot._client
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot._transport import RetryTransport
from sparkbot_api.models.session_sync import SessionSync

from .conftest import API_KEY, BASE_URL, DEVICE

ENV_VARS = ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE", "SPARKBOT_LOG")
OTHER_DEVICE = "aaaaaaaaaaaaaaaaaaaaaaaa"
OTHER_URL = "http://other.test/v2"
SESSION = {"status": "online", "device": DEVICE}
MESSAGE = {"id": "3EB0C767D26A1D6B41E5", "status": "queued"}
TEXT = {"phone": "+34600111222", "message": "hi"}
DEFAULT_TIMEOUT = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
USER_AGENT = f"sparkbot-python/{sparkbot.__version__}"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No SPARKBOT_* variable from the developer's shell leaks into a test."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Clients built in the test retry without waiting; the delays they asked for are recorded."""
    delays: list[float] = []

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    no_wait = functools.partial(RetryTransport, sleep=delays.append, async_sleep=async_sleep)
    monkeypatch.setattr(sparkbot._client, "RetryTransport", no_wait)
    return delays


def sync_route(router: respx.MockRouter, device: str = DEVICE) -> respx.Route:
    return router.get(f"/devices/{device}/sync").respond(200, json=SESSION, headers={"x-request-id": "r1"})


# 1. Configuration


def test_explicit_arguments_beat_the_environment(env: pytest.MonkeyPatch) -> None:
    env.setenv("SPARKBOT_API_KEY", "sk-from-env")
    env.setenv("SPARKBOT_BASE_URL", OTHER_URL)
    env.setenv("SPARKBOT_DEVICE", OTHER_DEVICE)
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=API_KEY, base_url=BASE_URL, device=DEVICE) as c,
    ):
        route = sync_route(router)
        c.sessions.sync()
    assert route.call_count == 1
    assert route.calls.last.request.headers["Token"] == API_KEY


@pytest.mark.anyio
async def test_explicit_arguments_beat_the_environment_async(env: pytest.MonkeyPatch) -> None:
    env.setenv("SPARKBOT_API_KEY", "sk-from-env")
    env.setenv("SPARKBOT_BASE_URL", OTHER_URL)
    env.setenv("SPARKBOT_DEVICE", OTHER_DEVICE)
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router)
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, device=DEVICE) as c:
            await c.sessions.sync()
    assert route.calls.last.request.headers["Token"] == API_KEY


def test_environment_is_used_when_arguments_are_absent(env: pytest.MonkeyPatch) -> None:
    env.setenv("SPARKBOT_API_KEY", "sk-from-env")
    env.setenv("SPARKBOT_BASE_URL", OTHER_URL)
    env.setenv("SPARKBOT_DEVICE", OTHER_DEVICE)
    with respx.mock(base_url=OTHER_URL) as router, SparkBot() as c:
        route = sync_route(router, OTHER_DEVICE)
        c.sessions.sync()
    assert route.calls.last.request.headers["Token"] == "sk-from-env"


@pytest.mark.anyio
async def test_environment_is_used_when_arguments_are_absent_async(env: pytest.MonkeyPatch) -> None:
    env.setenv("SPARKBOT_API_KEY", "sk-from-env")
    env.setenv("SPARKBOT_BASE_URL", OTHER_URL)
    env.setenv("SPARKBOT_DEVICE", OTHER_DEVICE)
    with respx.mock(base_url=OTHER_URL) as router:
        route = sync_route(router, OTHER_DEVICE)
        async with AsyncSparkBot() as c:
            await c.sessions.sync()
    assert route.calls.last.request.headers["Token"] == "sk-from-env"


@pytest.mark.parametrize("cls", [SparkBot, AsyncSparkBot])
@pytest.mark.parametrize("value", [None, ""])
def test_missing_api_key_fails_at_construction(
    env: pytest.MonkeyPatch, cls: type[SparkBot | AsyncSparkBot], value: str | None
) -> None:
    if value is not None:
        env.setenv("SPARKBOT_API_KEY", value)
    with pytest.raises(sparkbot.SparkBotError, match="SPARKBOT_API_KEY"):
        cls(base_url=BASE_URL)


@pytest.mark.parametrize("cls", [SparkBot, AsyncSparkBot])
@pytest.mark.parametrize("value", [None, ""])
def test_missing_base_url_fails_at_construction(
    env: pytest.MonkeyPatch, cls: type[SparkBot | AsyncSparkBot], value: str | None
) -> None:
    """No default host: the key must never go to a host the user did not name."""
    if value is not None:
        env.setenv("SPARKBOT_BASE_URL", value)
    with pytest.raises(sparkbot.SparkBotError, match=r"pass base_url= or set the SPARKBOT_BASE_URL"):
        cls(api_key=API_KEY)


def test_auth_user_agent_and_custom_headers(env: pytest.MonkeyPatch) -> None:
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=API_KEY, base_url=BASE_URL, default_headers={"X-Team": "ops"}) as c,
    ):
        route = sync_route(router)
        c.sessions.sync(DEVICE, extra_headers={"X-Trace": "t-1"})
        c.sessions.sync(DEVICE)
    first, second = (call.request.headers for call in route.calls)
    assert first["Token"] == API_KEY
    assert first["User-Agent"] == f"sparkbot-python/{sparkbot.__version__}"
    assert (first["X-Team"], first["X-Trace"]) == ("ops", "t-1")
    assert second["X-Team"] == "ops" and "X-Trace" not in second


@pytest.mark.anyio
async def test_auth_user_agent_and_custom_headers_async(env: pytest.MonkeyPatch) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router)
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, default_headers={"X-Team": "ops"}) as c:
            await c.sessions.sync(DEVICE, extra_headers={"X-Trace": "t-1"})
            await c.sessions.sync(DEVICE)
    first, second = (call.request.headers for call in route.calls)
    assert first["Token"] == API_KEY
    assert first["User-Agent"] == f"sparkbot-python/{sparkbot.__version__}"
    assert (first["X-Team"], first["X-Trace"]) == ("ops", "t-1")
    assert second["X-Team"] == "ops" and "X-Trace" not in second


def timeouts(route: respx.Route) -> list[dict[str, float]]:
    return [call.request.extensions["timeout"] for call in route.calls]


def test_timeouts_default_per_client_and_per_call(env: pytest.MonkeyPatch) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router)
        with SparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
            c.sessions.sync(DEVICE)
            c.sessions.sync(DEVICE, timeout=httpx.Timeout(3.0, connect=1.0))
        with SparkBot(api_key=API_KEY, base_url=BASE_URL, timeout=7.0) as c:
            c.sessions.sync(DEVICE)
            c.request("GET", f"/devices/{DEVICE}/sync", timeout=2.0)
    assert timeouts(route) == [
        DEFAULT_TIMEOUT,
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
        httpx.Timeout(7.0).as_dict(),
        httpx.Timeout(2.0).as_dict(),
    ]


@pytest.mark.anyio
async def test_timeouts_default_per_client_and_per_call_async(env: pytest.MonkeyPatch) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router)
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
            await c.sessions.sync(DEVICE)
            await c.sessions.sync(DEVICE, timeout=httpx.Timeout(3.0, connect=1.0))
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, timeout=7.0) as c:
            await c.sessions.sync(DEVICE)
    assert timeouts(route) == [
        DEFAULT_TIMEOUT,
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
        httpx.Timeout(7.0).as_dict(),
    ]


def test_own_http_client_is_used_with_the_base_url_and_key(env: pytest.MonkeyPatch) -> None:
    own = httpx.Client(headers={"X-Own": "yes"})
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own) as c,
    ):
        route = sync_route(router)
        c.sessions.sync(DEVICE)
    sent = route.calls.last.request.headers
    assert (sent["Token"], sent["User-Agent"], sent["X-Own"]) == (API_KEY, USER_AGENT, "yes")
    assert own.is_closed


@pytest.mark.anyio
async def test_own_http_client_is_used_with_the_base_url_and_key_async(env: pytest.MonkeyPatch) -> None:
    own = httpx.AsyncClient(headers={"X-Own": "yes"})
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router)
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own) as c:
            await c.sessions.sync(DEVICE)
    sent = route.calls.last.request.headers
    assert (sent["Token"], sent["User-Agent"], sent["X-Own"]) == (API_KEY, USER_AGENT, "yes")


def cookie_route(router: respx.MockRouter) -> respx.Route:
    """The sync call, answered with a cookie (as a proxy or CDN in front of the API might set)."""
    headers = {"Set-Cookie": "edge=abc; Path=/"}
    return router.get(f"/devices/{DEVICE}/sync").respond(200, json=SESSION, headers=headers)


def test_own_http_client_keeps_no_cookie_a_reply_sets(env: pytest.MonkeyPatch) -> None:
    """The API needs none back; a caller's own client keeps its own cookie handling."""
    with respx.mock(base_url=BASE_URL) as router:
        route = cookie_route(router)
        with SparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
            c.sessions.sync(DEVICE)
            c.sessions.sync(DEVICE)
            assert not c._http.cookies
        with SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client()) as c:
            c.sessions.sync(DEVICE)
            c.sessions.sync(DEVICE)
    sent = [call.request.headers.get("Cookie") for call in route.calls]
    assert sent == [None, None, None, "edge=abc"]


@pytest.mark.anyio
async def test_own_http_client_keeps_no_cookie_a_reply_sets_async(env: pytest.MonkeyPatch) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = cookie_route(router)
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
            await c.sessions.sync(DEVICE)
            await c.sessions.sync(DEVICE)
            assert not c._http.cookies
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient()) as c:
            await c.sessions.sync(DEVICE)
            await c.sessions.sync(DEVICE)
    sent = [call.request.headers.get("Cookie") for call in route.calls]
    assert sent == [None, None, None, "edge=abc"]


def test_cookies_set_on_the_own_http_client_are_sent(env: pytest.MonkeyPatch) -> None:
    """Keeping none from replies is all it changes: cookies given to it still go out."""
    with respx.mock(base_url=BASE_URL) as router, SparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
        route = cookie_route(router)
        c._http.cookies = httpx.Cookies({"mine": "1"})
        c.sessions.sync(DEVICE)
        c.sessions.sync(DEVICE)
    assert [call.request.headers.get("Cookie") for call in route.calls] == ["mine=1", "mine=1"]


def flaky(failures: int, seen: list[str]) -> httpx.MockTransport:
    """A plain transport answering 503 `failures` times, then the sync status."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-Own"])
        if len(seen) <= failures:
            return httpx.Response(503)
        return httpx.Response(200, json={"status": "online"})

    return httpx.MockTransport(handler)


def test_a_callers_http_client_gets_retries(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    seen: list[str] = []
    own = httpx.Client(base_url=BASE_URL, headers={"X-Own": "yes"}, transport=flaky(2, seen))
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own) as c:
        assert c.sessions.sync(DEVICE).status == "online"
        seen.clear()
        with pytest.raises(sparkbot.InternalServerError):
            c.with_options(max_retries=1).sessions.sync(DEVICE)
    assert seen == ["yes", "yes"]  # each attempt went through the caller's client, with its headers


@pytest.mark.anyio
async def test_a_callers_async_http_client_gets_retries(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    seen: list[str] = []
    own = httpx.AsyncClient(base_url=BASE_URL, headers={"X-Own": "yes"}, transport=flaky(2, seen))
    async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own) as c:
        assert (await c.sessions.sync(DEVICE)).status == "online"
    assert seen == ["yes"] * 3


def test_a_callers_retrying_client_is_not_retried_twice(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    seen: list[str] = []
    retrying = RetryTransport(transport=flaky(10, seen), max_retries=1, sleep=lambda seconds: None)
    own = httpx.Client(base_url=BASE_URL, headers={"X-Own": "yes"}, transport=retrying)
    with (
        SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own) as c,
        pytest.raises(sparkbot.InternalServerError),
    ):
        c.sessions.sync(DEVICE)
    assert len(seen) == 2  # its own policy: one retry, not (1 + 1) * (1 + 2)


def test_a_clients_own_max_retries_wins_over_a_callers_retrying_client(
    env: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    """max_retries= given to the client travels with each request, so it applies through the caller's
    RetryTransport too (which keeps its own policy only while the client names none)."""
    seen: list[str] = []
    retrying = RetryTransport(transport=flaky(10, seen), max_retries=1, sleep=lambda seconds: None)
    own = httpx.Client(base_url=BASE_URL, headers={"X-Own": "yes"}, transport=retrying)
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own, max_retries=3) as c:
        with pytest.raises(sparkbot.InternalServerError):
            c.sessions.sync(DEVICE)
        assert len(seen) == 4
        with pytest.raises(sparkbot.InternalServerError):
            c.with_options(max_retries=0).sessions.sync(DEVICE)
        assert len(seen) == 5


def test_a_retry_the_deadline_would_cut_short_is_not_started(
    env: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    """Retry-After 1 s with 1.22 s left: the retry could not finish with half the first backoff to spare,
    so the call ends at once with the 503, without waiting."""
    with respx.mock(base_url=BASE_URL) as router:
        route = sync_route(router).respond(503, headers={"Retry-After": "1"})
        with SparkBot(api_key=API_KEY, base_url=BASE_URL) as c, pytest.raises(sparkbot.InternalServerError):
            c.sessions.sync(DEVICE, deadline=1.22)
    assert (route.call_count, sleeps) == (1, [])


def test_a_one_flavour_retry_transport_refuses_the_other(env: pytest.MonkeyPatch) -> None:
    sync_only = RetryTransport(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(TypeError, match="async_transport="):
        sync_only._async_inner()
    async_only = RetryTransport(async_transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(TypeError, match="transport="):
        async_only._inner()


def test_context_manager_closes_the_http_client(env: pytest.MonkeyPatch) -> None:
    with SparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
        assert not c._http.is_closed
    assert c._http.is_closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_http_client(env: pytest.MonkeyPatch) -> None:
    async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
        assert not c._http.is_closed
    assert c._http.is_closed


# 2. Secrecy: the key never shows in repr/str, errors or logs


@pytest.mark.parametrize("cls", [SparkBot, AsyncSparkBot])
def test_repr_and_str_hide_the_key(env: pytest.MonkeyPatch, cls: type[SparkBot | AsyncSparkBot]) -> None:
    c = cls(api_key=API_KEY, base_url=BASE_URL, device=DEVICE)
    assert API_KEY not in repr(c) and API_KEY not in str(c)
    assert BASE_URL in repr(c) and "***" in repr(c)
    assert repr(c).startswith(f"{cls.__name__}(base_url=")


def assert_secret(exc: BaseException) -> None:
    shown = f"{exc!r} {exc} {exc.args!r} {getattr(exc, 'url', '')}"
    assert API_KEY not in shown, type(exc).__name__


def test_errors_never_show_the_key(client: SparkBot, router: respx.MockRouter) -> None:
    router.get(f"/devices/{OTHER_DEVICE}").respond(200, text="not json")
    router.get(f"/devices/{DEVICE}").respond(401, json={"message": "Invalid API key"})
    router.get("/echo").respond(403, json={"message": f"token {API_KEY} may not do this"})  # echoes the key
    router.get("/down").mock(side_effect=httpx.ConnectError)
    router.get("/slow").mock(side_effect=httpx.ReadTimeout)
    for call, error in (
        (lambda: client.devices.get(DEVICE), sparkbot.AuthenticationError),
        (lambda: client.devices.get(OTHER_DEVICE), sparkbot.APIResponseValidationError),
        (lambda: client.request("GET", "/echo", params={"token": API_KEY}), sparkbot.PermissionDeniedError),
        (lambda: client.request("GET", "/down", params={"token": API_KEY}), sparkbot.APIConnectionError),
        (lambda: client.request("GET", "/slow", params={"token": API_KEY}), sparkbot.APITimeoutError),
        (lambda: client.sessions.sync(""), sparkbot.SparkBotValidationError),
    ):
        with pytest.raises(error) as info:
            call()
        assert_secret(info.value)


@pytest.mark.anyio
async def test_errors_never_show_the_key_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    router.get("/echo").respond(401, text=f"<p>Invalid key {API_KEY}</p>")  # echoes the key
    router.get("/down").mock(side_effect=httpx.ConnectError)
    router.get(f"/devices/{DEVICE}").respond(200, text="{")
    for call, error in (
        (
            lambda: async_client.request("GET", "/echo", params={"token": API_KEY}),
            sparkbot.AuthenticationError,
        ),
        (
            lambda: async_client.request("GET", "/down", params={"token": API_KEY}),
            sparkbot.APIConnectionError,
        ),
        (lambda: async_client.devices.get(DEVICE), sparkbot.APIResponseValidationError),
        (lambda: async_client.sessions.sync(""), sparkbot.SparkBotValidationError),
    ):
        with pytest.raises(error) as info:
            await call()
        assert_secret(info.value)


@pytest.fixture
def debug_log(
    env: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> Iterator[pytest.LogCaptureFixture]:
    """SPARKBOT_LOG=debug for this test only: the logger's handlers, level and set-up flag are restored."""
    logger = logging.getLogger("sparkbot")
    env.setenv("SPARKBOT_LOG", "debug")
    env.setattr(logger, "handlers", [])
    env.setattr(logger, "_sparkbot_configured", False, raising=False)
    caplog.set_level(logging.DEBUG, logger="sparkbot")
    yield caplog


def test_debug_log_never_shows_the_key(
    debug_log: pytest.LogCaptureFixture, sleeps: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=1) as c,
    ):
        sync_route(router)
        router.get("/x").mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
        c.sessions.sync(DEVICE)
        c.request("GET", "/x", params={"token": API_KEY, "page": "1"})
    logged = debug_log.text + capsys.readouterr().err
    assert f"GET {BASE_URL}/devices/{DEVICE}/sync -> 200" in debug_log.messages
    assert "retrying GET" in debug_log.text and "token=***" in debug_log.text
    assert "sparkbot DEBUG" in logged  # the SPARKBOT_LOG handler wrote to stderr too
    assert API_KEY not in logged


@pytest.mark.anyio
async def test_debug_log_never_shows_the_key_async(
    debug_log: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        router.get("/x").respond(200, json={})
        async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL) as c:
            await c.request("GET", "/x", params={"token": API_KEY})
    logged = debug_log.text + capsys.readouterr().err
    assert f"GET {BASE_URL}/x?token=*** -> 200" in debug_log.messages
    assert API_KEY not in logged


# 4. Retries through the client: idempotent calls retried, sends only when the server cannot have seen them


def sync_client(**kwargs: Any) -> SparkBot:
    return SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=2, **kwargs)


def async_client_(**kwargs: Any) -> AsyncSparkBot:
    return AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=2, **kwargs)


SEND_OUTCOMES = {
    "connect-error": [httpx.ConnectError("refused"), httpx.Response(201, json=MESSAGE)],
    "429": [httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(201, json=MESSAGE)],
}


def test_get_is_retried_after_503(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE_URL) as router, sync_client() as c:
        route = router.get(f"/devices/{DEVICE}/sync").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=SESSION)]
        )
        assert c.sessions.sync(DEVICE).status == "online"
    assert route.call_count == 2 and len(sleeps) == 1


@pytest.mark.anyio
async def test_get_is_retried_after_503_async(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(f"/devices/{DEVICE}/sync").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=SESSION)]
        )
        async with async_client_() as c:
            assert (await c.sessions.sync(DEVICE)).status == "online"
    assert route.call_count == 2 and len(sleeps) == 1


def test_get_gives_up_after_max_retries(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE_URL) as router, sync_client() as c:
        route = router.get(f"/devices/{DEVICE}/sync").respond(503)
        with pytest.raises(sparkbot.InternalServerError):
            c.sessions.sync(DEVICE)
        with pytest.raises(sparkbot.InternalServerError):
            c.sessions.sync(DEVICE, max_retries=0)
    assert route.call_count == 3 + 1


@pytest.mark.anyio
async def test_per_call_max_retries_async(env: pytest.MonkeyPatch, sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(f"/devices/{DEVICE}/sync").respond(503)
        async with async_client_() as c:
            with pytest.raises(sparkbot.InternalServerError):
                await c.sessions.sync(DEVICE, max_retries=0)
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize(
    ("outcome", "error"),
    [
        (httpx.ReadTimeout("slow"), sparkbot.APITimeoutError),
        (httpx.Response(500), sparkbot.InternalServerError),
    ],
)
def test_send_is_not_retried_when_the_server_may_have_seen_it(
    env: pytest.MonkeyPatch, sleeps: list[float], outcome: Any, error: type[Exception]
) -> None:
    with respx.mock(base_url=BASE_URL) as router, sync_client() as c:
        route = router.post("/messages").mock(side_effect=[outcome, httpx.Response(201, json=MESSAGE)])
        with pytest.raises(error):
            c.messages.send_text(DEVICE, **TEXT)
    assert route.call_count == 1 and sleeps == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("outcome", "error"),
    [
        (httpx.ReadTimeout("slow"), sparkbot.APITimeoutError),
        (httpx.Response(500), sparkbot.InternalServerError),
    ],
)
async def test_send_is_not_retried_when_the_server_may_have_seen_it_async(
    env: pytest.MonkeyPatch, sleeps: list[float], outcome: Any, error: type[Exception]
) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/messages").mock(side_effect=[outcome, httpx.Response(201, json=MESSAGE)])
        async with async_client_() as c:
            with pytest.raises(error):
                await c.messages.send_text(DEVICE, **TEXT)
    assert route.call_count == 1 and sleeps == []


@pytest.mark.parametrize("case", SEND_OUTCOMES)
def test_send_is_retried_when_the_server_did_not_take_it(
    env: pytest.MonkeyPatch, sleeps: list[float], case: str
) -> None:
    with respx.mock(base_url=BASE_URL) as router, sync_client() as c:
        route = router.post("/messages").mock(side_effect=SEND_OUTCOMES[case])
        assert c.messages.send_text(DEVICE, **TEXT).id == MESSAGE["id"]
    assert route.call_count == 2
    assert len(sleeps) == 1 and (case != "429" or sleeps == [1.0])


@pytest.mark.anyio
@pytest.mark.parametrize("case", SEND_OUTCOMES)
async def test_send_is_retried_when_the_server_did_not_take_it_async(
    env: pytest.MonkeyPatch, sleeps: list[float], case: str
) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/messages").mock(side_effect=SEND_OUTCOMES[case])
        async with async_client_() as c:
            assert (await c.messages.send_text(DEVICE, **TEXT)).id == MESSAGE["id"]
    assert route.call_count == 2
    assert len(sleeps) == 1 and (case != "429" or sleeps == [1.0])


# 7. Raw responses


def test_raw_response(client: SparkBot, router: respx.MockRouter) -> None:
    sync_route(router)
    raw = client.with_raw_response.sessions.sync(DEVICE)
    assert isinstance(raw, sparkbot.APIResponse)
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "r1")
    assert isinstance(raw.parsed, SessionSync) and raw.parsed.status == "online"
    assert isinstance(raw.http_response, httpx.Response) and raw.http_response.json() == SESSION


@pytest.mark.anyio
async def test_raw_response_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    sync_route(router)
    raw = await async_client.with_raw_response.sessions.sync(DEVICE)
    assert isinstance(raw, sparkbot.APIResponse)
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "r1")
    assert isinstance(raw.parsed, SessionSync) and raw.parsed.status == "online"
    assert raw.http_response.json() == SESSION


# 8. The generic request()


@pytest.mark.anyio
async def test_async_request_sends_body_headers_and_timeout(env: pytest.MonkeyPatch) -> None:
    """`await client.request(...)` sends its JSON body, extra headers and timeout, and parses the answer."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.post("/echo").respond(200, json={"ok": True})
        async with async_client_() as c:
            result = await c.request(
                "POST", "/echo", json={"n": 1}, timeout=4.0, extra_headers={"X-Trace": "t-1"}
            )
    assert result.parsed == {"ok": True}
    sent = route.calls.last.request
    assert sent.headers["content-type"] == "application/json" and json.loads(sent.content) == {"n": 1}
    assert sent.headers["X-Trace"] == "t-1" and sent.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


@pytest.mark.anyio
async def test_async_request_max_retries_and_deadline_bound_its_retries(
    env: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    """max_retries=0, or a deadline (the call's or the client's) Retry-After would pass, ends the retries."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/busy").respond(503, headers={"Retry-After": "5"})
        async with async_client_() as c:
            for options in ({"max_retries": 0}, {"deadline": 1.0}, {}):
                with pytest.raises(sparkbot.InternalServerError):
                    await c.request("GET", "/busy", **options)
        async with async_client_(deadline=1.0) as c:  # the client's own deadline, when the call sets none
            with pytest.raises(sparkbot.InternalServerError):
                await c.request("GET", "/busy")
    assert route.call_count == 1 + 1 + 3 + 1  # the third call, without either, retried twice


def test_request_builds_method_url_and_query(client: SparkBot, router: respx.MockRouter) -> None:
    """request() puts any path (slashes or not) under the base URL and sends params as the query."""
    route = router.route(url__startswith=BASE_URL).respond(200, json={})
    client.request("post", "devices/x", params={"a": "1"}, json=[1])
    client.request("Post", "//devices/x", params={})
    client.request("GET", "Xtra/X")
    assert [(call.request.method, str(call.request.url), call.request.content) for call in route.calls] == [
        ("POST", f"{BASE_URL}/devices/x?a=1", b"[1]"),
        ("POST", f"{BASE_URL}/devices/x", b""),
        ("GET", f"{BASE_URL}/Xtra/X", b""),
    ]


@pytest.mark.anyio
async def test_async_deadline_cuts_a_slow_answer_on_time(env: pytest.MonkeyPatch) -> None:
    """An async call with deadline=0.2 gives up on an answer that never comes after about 0.2 s."""

    async def never(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(30)
        return httpx.Response(200, json=SESSION)

    own = httpx.AsyncClient(transport=httpx.MockTransport(never))
    async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, http_client=own, max_retries=0) as c:
        started = time.monotonic()
        with pytest.raises(sparkbot.APITimeoutError):
            await c.sessions.sync(DEVICE, deadline=0.2)
    assert time.monotonic() - started < 0.8
