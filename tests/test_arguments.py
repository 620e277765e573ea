"""Bad arguments and options (issue 11, defects 1-3): each is a SparkBotValidationError naming the field or
option, raised before any request; nothing else escapes a public call."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import respx
from sparkbot import AsyncSparkBot, SparkBot, SparkBotError, SparkBotValidationError

from .conftest import API_KEY, BASE_URL, DEVICE

PHONE = "+34600111222"
MESSAGE_ID = "6f0c1a2b3c4d5e6f7a8b9c0d"

# (call on a client, the field the error must name)
BAD_ARGUMENTS: list[tuple[str, Any, str]] = [
    ("lone surrogate", lambda c: c.messages.send_text(DEVICE, phone=PHONE, message="hi \ud800"), "message"),
    (
        "nan in object",
        lambda c: c.messages.send_location(DEVICE, phone=PHONE, location={"coordinates": [math.nan, 1.0]}),
        "location.coordinates[0]",
    ),
    (
        "inf in object",
        lambda c: c.messages.send_media(
            DEVICE, phone=PHONE, media={"url": "https://x.test/a.png", "caption": math.inf}
        ),
        "media.caption",
    ),
    ("bytes", lambda c: c.messages.send_text(DEVICE, phone=PHONE, message=b"hi"), "message"),
    (
        "object()",
        lambda c: c.messages.send_media(
            DEVICE, phone=PHONE, media={"url": "https://x.test/a.png", "caption": object()}
        ),
        "media.caption",
    ),
    ("tuple key", lambda c: c.messages.send_media(DEVICE, phone=PHONE, media={("url",): "x"}), "media"),
    (
        "poll option",
        lambda c: c.messages.send_poll(DEVICE, phone=PHONE, poll={"name": "Q", "options": ["a", "b", b"c"]}),
        "poll.options[2]",
    ),
    ("deep nesting", lambda c: c.messages.send_media(DEVICE, phone=PHONE, media=nested(5000)), "media"),
    ("1 MB query", lambda c: c.messages.list(search="x" * 1_000_000).pages().__next__(), "search"),
    ("100k-item query list", lambda c: next(c.messages.list(ids=[MESSAGE_ID] * 100_000).pages()), "ids"),
    ("dot dot", lambda c: c.user_status.get("..", DEVICE), "status_id"),
    ("dot", lambda c: c.user_status.get(".", DEVICE), "status_id"),
    ("slash", lambda c: c.user_status.get("a/..", DEVICE), "status_id"),
    ("backslash", lambda c: c.user_status.get("a\\b", DEVICE), "status_id"),
    ("empty device", lambda c: c.sessions.sync(""), "device"),
    ("empty path id", lambda c: c.user_status.get("", DEVICE), "status_id"),
]


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"caption": value}
    return value


@pytest.fixture
def untouched() -> Any:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().respond(500)
        yield route
    assert route.call_count == 0, "a refused call reached the network"


@pytest.mark.parametrize(("case", "call", "field"), BAD_ARGUMENTS, ids=[c[0] for c in BAD_ARGUMENTS])
def test_bad_argument_is_named_before_sending(
    client: SparkBot, untouched: respx.Route, case: str, call: Any, field: str
) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        call(client)
    assert info.value.field == field or info.value.field.startswith(field), str(info.value)
    if case in ("dot dot", "dot", "slash", "backslash"):
        assert "path segment" in info.value.rule


BAD_OPTIONS: list[tuple[dict[str, Any], str]] = [
    ({"max_retries": -1}, "max_retries"),
    ({"max_retries": "2"}, "max_retries"),
    ({"max_retries": True}, "max_retries"),
    ({"timeout": "abc"}, "timeout"),
    ({"timeout": math.nan}, "timeout"),
    ({"timeout": math.inf}, "timeout"),
    ({"timeout": -1}, "timeout"),
    ({"timeout": 0}, "timeout"),
    ({"timeout": httpx.Timeout(1.0, read=-2.0)}, "timeout.read"),
    ({"deadline": 0}, "deadline"),
    ({"deadline": "soon"}, "deadline"),
    ({"deadline": math.inf}, "deadline"),
    ({"extra_headers": {"X-A": "é"}}, "extra_headers['X-A']"),
    ({"extra_headers": {"X-A": "a\r\nX-Injected: 1"}}, "extra_headers['X-A']"),
    ({"extra_headers": {"X A": "b"}}, "extra_headers"),
    ({"extra_headers": {"X-A": 1}}, "extra_headers['X-A']"),
    ({"extra_headers": ["X-A"]}, "extra_headers"),
]


@pytest.mark.parametrize(("options", "option"), BAD_OPTIONS)
def test_bad_per_call_option_is_named_before_sending(
    client: SparkBot, untouched: respx.Route, options: dict[str, Any], option: str
) -> None:
    for call in (
        lambda: client.sessions.sync(DEVICE, **options),
        lambda: client.messages.send_text(DEVICE, phone=PHONE, message="hi", **options),
        lambda: client.messages.list(**options),
        lambda: client.request("GET", "/devices", **options),
    ):
        with pytest.raises(SparkBotValidationError) as info:
            call()
        assert info.value.field == option


@pytest.mark.anyio
@pytest.mark.parametrize(("options", "option"), BAD_OPTIONS)
async def test_bad_per_call_option_is_named_before_sending_async(
    async_client: AsyncSparkBot, untouched: respx.Route, options: dict[str, Any], option: str
) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        await async_client.sessions.sync(DEVICE, **options)
    assert info.value.field == option


BAD_REQUESTS: list[tuple[dict[str, Any], str, str]] = [
    ({"method": 5}, "method", "must be an HTTP method such as GET or POST"),
    ({"method": "GE T"}, "method", "must be an HTTP method such as GET or POST"),
    ({"method": ""}, "method", "must be an HTTP method such as GET or POST"),
    ({"method": "X" * 17}, "method", "must be an HTTP method such as GET or POST"),
    ({"path": 5}, "path", "must be text, got int"),
    ({"path": None}, "path", "must be text, got NoneType"),
    ({"path": "a\ud800"}, "path", ""),
    ({"params": ["a"]}, "params", "must be a mapping, got list"),
    ({"params": {"n": math.nan}}, "params.n", ""),
    ({"json": {"n": math.inf}}, "json.n", ""),
]


@pytest.mark.parametrize(("given", "field", "rule"), BAD_REQUESTS)
def test_bad_generic_request_is_named_before_sending(
    client: SparkBot, untouched: respx.Route, given: dict[str, Any], field: str, rule: str
) -> None:
    """client.request() names its bad method, path, params or json body, and sends nothing."""
    with pytest.raises(SparkBotValidationError) as info:
        client.request(**{"method": "GET", "path": "/devices", **given})
    assert (info.value.field, str(info.value)) == (field, f"{field}: {info.value.rule}")
    assert info.value.rule == rule if rule else info.value.rule  # else the argument rule's own words


def test_a_request_httpx_cannot_build_is_named_before_sending(
    client: SparkBot, untouched: respx.Route
) -> None:
    """A URL too long for httpx is a SparkBotValidationError on `request`, not an httpx error."""
    with pytest.raises(SparkBotValidationError) as info:
        client.request("GET", "/" + "a" * 70_000)
    assert info.value.field == "request"
    assert str(info.value).startswith("request: cannot be sent: InvalidURL: ")


CLIENT_OPTIONS = [(o, n) for o, n in BAD_OPTIONS if "extra_headers" not in o] + [
    ({"default_headers": {"X-A": "a\nb"}}, "default_headers['X-A']"),
    ({"api_key": "key\r\nX-Evil: 1"}, "api_key"),
    ({"api_key": 12345}, "api_key"),
    ({"device": 5}, "device"),
    ({"base_url": "not a url"}, "base_url"),
    ({"base_url": 3}, "base_url"),
]


@pytest.mark.parametrize("cls", [SparkBot, AsyncSparkBot])
@pytest.mark.parametrize(("options", "option"), CLIENT_OPTIONS)
def test_bad_client_option_is_named_at_construction(
    monkeypatch: pytest.MonkeyPatch, cls: type[SparkBot | AsyncSparkBot], options: dict[str, Any], option: str
) -> None:
    monkeypatch.delenv("SPARKBOT_API_KEY", raising=False)
    with pytest.raises(SparkBotValidationError) as info:
        cls(**{"api_key": API_KEY, "base_url": BASE_URL, **options})
    assert info.value.field == option
    assert API_KEY not in str(info.value) and "X-Evil" not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://s3cr3tuser:s3cr3tpass@api.test/v1",
        "https://s3cr3tuser@api.test/v1",
        "https://:s3cr3tpass@api.test/v1",
        "https://api.test/v1?token=s3cr3tpass",
        "https://api.test/v1#s3cr3tpass",
    ],
)
def test_credentials_in_the_base_url_are_refused_unprinted(url: str) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        SparkBot(api_key=API_KEY, base_url=url)
    assert info.value.field == "base_url"
    assert "s3cr3t" not in str(info.value) and "s3cr3t" not in repr(info.value)
    assert "api.test/v1" in str(info.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (3, "base_url: must be text, got int"),
        ("http://a:port/v1", "base_url: is not a valid URL"),
        ("ftp://api.test/v1", "base_url: must be an http:// or https:// URL with a host"),
        ("https:///v1", "base_url: must be an http:// or https:// URL with a host"),
        (
            "https://s3cr3tpass@api.test/v1?q=1",
            "base_url: must not carry credentials, a query or a fragment (use api_key= for the key): "
            "https://api.test/v1",
        ),
    ],
)
def test_a_bad_base_url_says_what_is_wrong(url: Any, message: str) -> None:
    """A bad base_url fails at construction with a message saying what a base URL must be."""
    with pytest.raises(SparkBotValidationError) as info:
        SparkBot(api_key=API_KEY, base_url=url)
    assert (info.value.field, str(info.value)) == ("base_url", message)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"api_key": 3}, "api_key: must be text of visible ASCII characters (it is a header)"),
        ({"api_key": "sk-\u00e9"}, "api_key: must be text of visible ASCII characters (it is a header)"),
        ({"device": 3}, "device: must be text, got int"),
        ({"device": ["main"]}, "device: must be text, got list"),
        (
            {"base_url": None},
            "no base URL: pass base_url= or set the SPARKBOT_BASE_URL environment variable to your SparkBot"
            " host, e.g. https://<your-sparkbot-host>/v1",
        ),
    ],
)
def test_bad_settings_say_what_is_wrong(
    monkeypatch: pytest.MonkeyPatch, settings: dict[str, Any], message: str
) -> None:
    """Each setting a client refuses is named with what it must be; a missing base URL says what to pass."""
    monkeypatch.delenv("SPARKBOT_BASE_URL", raising=False)
    with pytest.raises(SparkBotError) as info:
        SparkBot(**{"api_key": API_KEY, "base_url": BASE_URL, **settings})
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("given", "kept"), [(f"{BASE_URL}/", BASE_URL), ("https://api.test/XX//", "https://api.test/XX")]
)
def test_the_base_url_loses_its_trailing_slashes(given: str, kept: str) -> None:
    """base_url is kept without trailing slashes (and nothing else), so paths join with one slash."""
    assert SparkBot(api_key=API_KEY, base_url=given).base_url == kept


def test_with_options_shares_the_pool_and_keeps_the_rest(client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(f"/devices/{DEVICE}/sync").respond(200, json={"id": DEVICE})
        other = client.with_options(
            timeout=3.0, max_retries=5, deadline=9.0, default_headers={"X-Team": "ops"}
        )
        other.sessions.sync(DEVICE)
        client.sessions.sync(DEVICE)
    assert other._http is client._http  # one connection pool
    assert (other.timeout, other.max_retries, other.deadline, other.base_url) == (
        3.0,
        5,
        9.0,
        client.base_url,
    )
    assert (client.timeout, client.max_retries, client.deadline) != (3.0, 5, 9.0)
    first, second = (c.request for c in route.calls)
    assert first.headers["X-Team"] == "ops" and "X-Team" not in second.headers
    assert first.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert first.extensions["sparkbot_max_retries"] == 5
    assert first.headers["Token"] == API_KEY
    assert other.messages is not client.messages and other.messages._client is other


@pytest.mark.anyio
async def test_with_options_async(async_client: AsyncSparkBot) -> None:
    """The async with_options sends with every new setting, on the same pool, and keeps the rest."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get(f"/devices/{DEVICE}/sync").respond(200, json={"id": DEVICE})
        other = async_client.with_options(
            timeout=3.0, max_retries=5, deadline=9.0, default_headers={"X-Team": "ops"}
        )
        await other.sessions.sync(DEVICE)
    assert isinstance(other, AsyncSparkBot) and other._http is async_client._http
    assert (other.timeout, other.max_retries, other.deadline) == (3.0, 5, 9.0)
    assert other.default_headers == {"X-Team": "ops"} and async_client.default_headers == {}
    sent = route.calls.last.request
    assert sent.headers["X-Team"] == "ops" and sent.extensions["sparkbot_max_retries"] == 5
    assert sent.extensions["timeout"] == httpx.Timeout(3.0).as_dict()


def test_with_options_adds_to_the_default_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy's default_headers are the original's plus (overridden by) the new ones."""
    monkeypatch.delenv("SPARKBOT_API_KEY", raising=False)
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, default_headers={"X-A": "1", "X-B": "2"}) as c:
        other = c.with_options(default_headers={"X-B": "3", "X-C": "4"})
        assert other.default_headers == {"X-A": "1", "X-B": "3", "X-C": "4"}
        assert c.default_headers == {"X-A": "1", "X-B": "2"}


@pytest.mark.parametrize(
    "name", ["max_retries", "timeout", "deadline", "base_url", "device", "default_headers"]
)
def test_settings_are_read_only(client: SparkBot, name: str) -> None:
    with pytest.raises(AttributeError, match="read-only"):
        setattr(client, name, 7)
    assert getattr(client, name) != 7


WITH_OPTIONS = [(o, n) for o, n in BAD_OPTIONS if "extra_headers" not in o] + [
    ({"default_headers": {"X-A": "a\nb"}}, "default_headers['X-A']"),
    ({"default_headers": ["X-A"]}, "default_headers"),
]


@pytest.mark.parametrize(("options", "option"), WITH_OPTIONS)
def test_with_options_checks_its_values(client: SparkBot, options: dict[str, Any], option: str) -> None:
    """A bad with_options value is a SparkBotValidationError naming it, not a client that fails later."""
    with pytest.raises(SparkBotValidationError) as info:
        client.with_options(**options)
    assert info.value.field == option


def test_http_client_of_the_wrong_flavour_is_a_type_error() -> None:
    """The wrong http_client is a TypeError naming what it got, and the other client when that fits."""
    for cls, given, message in (
        (
            SparkBot,
            httpx.AsyncClient(),
            "httpx.Client, got AsyncClient (use AsyncSparkBot for an httpx.AsyncClient)",
        ),
        (SparkBot, "x", "httpx.Client, got str"),
        (AsyncSparkBot, httpx.Client(), "httpx.AsyncClient, got Client (use SparkBot for an httpx.Client)"),
        (AsyncSparkBot, "x", "httpx.AsyncClient, got str"),
    ):
        with pytest.raises(TypeError) as info:
            cls(api_key=API_KEY, base_url=BASE_URL, http_client=given)  # type: ignore[arg-type]
        assert str(info.value) == f"http_client must be an {message}"
