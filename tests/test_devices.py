"""`client.devices.resolve` (by id, phone or alias) and the default device of calls that omit `device`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot

from .conftest import API_KEY, BASE_URL, DEVICE

SECOND = "6a1b2c3d4e5f6a7b8c9d0e1f"
THIRD = "7b2c3d4e5f6a7b8c9d0e1f2a"
MAIN = {"id": DEVICE, "alias": "Main", "phone": "+34600111222"}
SUPPORT = {"id": SECOND, "alias": "support", "phone": "+1 (555) 010-2000"}
TWIN = {"id": THIRD, "alias": "main", "phone": "+44 20 7946 0000"}  # same alias as MAIN, other case


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    """A router for tests that build their own clients; every route it has must be used."""
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def list_route(router: respx.MockRouter, *devices: dict[str, Any]) -> respx.Route:
    return router.get("/devices").respond(200, json=list(devices))


def sync_route(router: respx.MockRouter) -> respx.Route:
    return router.get(path__regex=r"/devices/[0-9a-f]{24}/sync$").respond(200, json={"status": "online"})


def synced(route: respx.Route) -> list[str]:
    return [call.request.url.path.split("/")[3] for call in route.calls]


# resolve


def test_resolve_by_id_gets_the_device(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get(f"/devices/{DEVICE}").respond(200, json=MAIN)
    listing = list_route(router, MAIN)
    assert client.devices.resolve(DEVICE).alias == "Main"
    assert (route.call_count, listing.call_count) == (1, 0)


@pytest.mark.anyio
async def test_resolve_by_id_gets_the_device_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = router.get(f"/devices/{DEVICE}").respond(200, json=MAIN)
    assert (await async_client.devices.resolve(DEVICE)).alias == "Main"
    assert route.call_count == 1


PHONES = ["+34600111222", "34600111222", "+34 600 111 222", "+34-600-111-222", "(+34) 600.111.222"]
ALIASES = [("support", SECOND), ("SUPPORT", SECOND), ("Support", SECOND), ("MAIN", DEVICE)]


@pytest.mark.parametrize("phone", PHONES)
def test_resolve_by_phone_in_any_format(client: SparkBot, router: respx.MockRouter, phone: str) -> None:
    list_route(router, MAIN, SUPPORT)
    assert client.devices.resolve(phone).id == DEVICE


def test_resolve_by_phone_stored_with_formatting(client: SparkBot, router: respx.MockRouter) -> None:
    list_route(router, MAIN, SUPPORT)
    assert client.devices.resolve("+15550102000").id == SECOND


@pytest.mark.parametrize(("alias", "expected"), ALIASES)
def test_resolve_by_alias_in_any_case(
    client: SparkBot, router: respx.MockRouter, alias: str, expected: str
) -> None:
    list_route(router, MAIN, SUPPORT)
    assert client.devices.resolve(alias).id == expected


@pytest.mark.anyio
@pytest.mark.parametrize("query", ["+34 600 111 222", "MAIN"])
async def test_resolve_by_phone_or_alias_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, query: str
) -> None:
    list_route(router, MAIN, SUPPORT)
    assert (await async_client.devices.resolve(query)).id == DEVICE


def test_resolve_walks_every_page(client: SparkBot, router: respx.MockRouter) -> None:
    others = [{"id": f"{i:024x}", "alias": f"n{i}"} for i in range(50)]
    router.get("/devices", params={"page": "0"}).respond(200, json=others)
    router.get("/devices", params={"page": "1"}).respond(200, json=[SUPPORT])
    assert client.devices.resolve("support").id == SECOND


def assert_candidates(exc: sparkbot.DeviceResolutionError, *devices: dict[str, Any]) -> None:
    assert [c.split(" ")[0] for c in exc.candidates] == [d["id"] for d in devices]
    for device in devices:
        assert device["id"] in str(exc) and device["alias"] in str(exc)


def test_resolve_with_no_match_lists_every_device(client: SparkBot, router: respx.MockRouter) -> None:
    list_route(router, MAIN, SUPPORT)
    with pytest.raises(sparkbot.DeviceResolutionError) as info:
        client.devices.resolve("+49 30 1234567")
    assert "+49 30 1234567" in str(info.value)
    assert_candidates(info.value, MAIN, SUPPORT)


def test_resolve_with_several_matches_lists_them(client: SparkBot, router: respx.MockRouter) -> None:
    list_route(router, MAIN, SUPPORT, TWIN)
    with pytest.raises(sparkbot.DeviceResolutionError) as info:
        client.devices.resolve("main")
    assert "2 WhatsApp numbers" in str(info.value)
    assert_candidates(info.value, MAIN, TWIN)


@pytest.mark.anyio
async def test_resolve_errors_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    list_route(router, MAIN, SUPPORT, TWIN)
    with pytest.raises(sparkbot.DeviceResolutionError) as info:
        await async_client.devices.resolve("nobody")
    assert_candidates(info.value, MAIN, SUPPORT, TWIN)
    with pytest.raises(sparkbot.DeviceResolutionError) as info:
        await async_client.devices.resolve("Main")
    assert_candidates(info.value, MAIN, TWIN)


# The default device: SparkBot(device=...), else the account's only device


def make(device: str | None = None) -> SparkBot:
    return SparkBot(api_key=API_KEY, base_url=BASE_URL, device=device, max_retries=0)


def make_async(device: str | None = None) -> AsyncSparkBot:
    return AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, device=device, max_retries=0)


def test_default_device_id_is_used_without_lookup(env: None, mock: respx.MockRouter) -> None:
    listing, get = list_route(mock, MAIN), mock.get(f"/devices/{DEVICE}").respond(200, json=MAIN)
    sync, send = sync_route(mock), mock.post("/messages").respond(201, json={"id": "3EB0C767D26A1D6B41E5"})
    with make(DEVICE) as c:
        c.sessions.sync()
        c.messages.send_text(phone="+34600111222", message="hi")
    assert synced(sync) == [DEVICE]
    assert send.calls.last.request.content.count(DEVICE.encode()) == 1  # the body's `device`
    assert (listing.call_count, get.call_count) == (0, 0)


@pytest.mark.anyio
async def test_default_device_id_is_used_without_lookup_async(env: None, mock: respx.MockRouter) -> None:
    listing, get, sync = (
        list_route(mock, MAIN),
        mock.get(f"/devices/{DEVICE}").respond(200, json=MAIN),
        sync_route(mock),
    )
    async with make_async(DEVICE) as c:
        await c.sessions.sync()
    assert synced(sync) == [DEVICE]
    assert (listing.call_count, get.call_count) == (0, 0)


@pytest.mark.parametrize("default", ["+1 555 010 2000", "SUPPORT"])
def test_default_phone_or_alias_is_resolved_once(env: None, mock: respx.MockRouter, default: str) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    with make(default) as c:
        c.sessions.sync()
        c.sessions.sync()
        c.sessions.sync(DEVICE)  # an explicit device still wins
    assert synced(sync) == [SECOND, SECOND, DEVICE]
    assert listing.call_count == 1


@pytest.mark.anyio
@pytest.mark.parametrize("default", ["+1 555 010 2000", "SUPPORT"])
async def test_default_phone_or_alias_is_resolved_once_async(
    env: None, mock: respx.MockRouter, default: str
) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    async with make_async(default) as c:
        await c.sessions.sync()
        await c.sessions.sync()
    assert synced(sync) == [SECOND, SECOND]
    assert listing.call_count == 1


def test_default_is_the_accounts_only_device(env: None, mock: respx.MockRouter) -> None:
    listing, sync = list_route(mock, SUPPORT), sync_route(mock)
    with make() as c:
        c.sessions.sync()
        c.sessions.sync()
    assert synced(sync) == [SECOND, SECOND]
    assert listing.call_count == 1


@pytest.mark.anyio
async def test_default_is_the_accounts_only_device_async(env: None, mock: respx.MockRouter) -> None:
    listing, sync = list_route(mock, SUPPORT), sync_route(mock)
    async with make_async() as c:
        await c.sessions.sync()
    assert synced(sync) == [SECOND]
    assert listing.call_count == 1


@pytest.mark.parametrize(
    ("default", "devices"), [(None, [MAIN, SUPPORT]), ("nobody", [MAIN, SUPPORT]), (None, [])]
)
def test_no_default_device_lists_the_candidates(
    env: None, mock: respx.MockRouter, default: str | None, devices: list[dict[str, Any]]
) -> None:
    list_route(mock, *devices)
    sync = sync_route(mock)
    with make(default) as c, pytest.raises(sparkbot.DeviceResolutionError) as info:
        c.sessions.sync()
    assert_candidates(info.value, *devices)
    assert sync.call_count == 0


@pytest.mark.anyio
async def test_no_default_device_lists_the_candidates_async(env: None, mock: respx.MockRouter) -> None:
    list_route(mock, MAIN, SUPPORT)
    sync = sync_route(mock)
    async with make_async() as c:
        with pytest.raises(sparkbot.DeviceResolutionError) as info:
            await c.sessions.sync()
    assert_candidates(info.value, MAIN, SUPPORT)
    assert sync.call_count == 0


# `device=` on any method takes an id, a phone or an alias, like the client's own `device=` (issue 12).


@pytest.mark.parametrize("name", ["support", "+1 555 010 2000", "15550102000"])
def test_every_device_argument_takes_a_phone_or_alias(env: None, mock: respx.MockRouter, name: str) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    get = mock.get(f"/devices/{SECOND}").respond(200, json=SUPPORT)
    send = mock.post("/messages").respond(201, json={"id": "m1"})
    with make(DEVICE) as c:
        c.sessions.sync(name)  # the device in the path
        assert c.devices.get(name).id == SECOND
        c.messages.send_text(name, phone="+34600111222", message="hi")  # the device in the body
    assert synced(sync) == [SECOND]
    assert get.call_count == 1
    assert json.loads(send.calls.last.request.content)["device"] == SECOND
    assert listing.call_count == 1  # looked up once for the client


def test_a_device_name_is_looked_up_never_put_in_a_path(env: None, mock: respx.MockRouter) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    with make(DEVICE) as c, pytest.raises(sparkbot.DeviceResolutionError) as info:
        c.sessions.sync("../devices")
    assert "no WhatsApp number matches '../devices'" in str(info.value)
    assert (listing.call_count, sync.call_count) == (1, 0)
    assert all(".." not in str(call.request.url) for call in mock.calls)


def test_with_options_shares_the_lookups(env: None, mock: respx.MockRouter) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    with make() as c:
        c.sessions.sync("support")
        c.with_options(timeout=5).sessions.sync("support")
    assert synced(sync) == [SECOND, SECOND]
    assert listing.call_count == 1


@pytest.mark.anyio
async def test_racing_async_calls_share_one_lookup(env: None, mock: respx.MockRouter) -> None:
    import anyio

    async def slow_list(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.05)  # every racer arrives while the first lookup is under way
        return httpx.Response(200, json=[MAIN, SUPPORT])

    listing = mock.get("/devices").mock(side_effect=slow_list)
    sync = sync_route(mock)
    async with make_async() as c, anyio.create_task_group() as group:
        for _ in range(10):
            group.start_soon(c.sessions.sync, "support")
    assert synced(sync) == [SECOND] * 10
    assert listing.call_count == 1


@pytest.mark.anyio
async def test_async_device_argument_takes_an_alias(env: None, mock: respx.MockRouter) -> None:
    listing, sync = list_route(mock, MAIN, SUPPORT), sync_route(mock)
    async with make_async(DEVICE) as c:
        await c.sessions.sync("MAIN")
        await c.sessions.sync("Main")
    assert synced(sync) == [DEVICE, DEVICE]
    assert listing.call_count == 2  # each spelling is looked up once


def test_a_webhook_without_a_device_is_sent_without_one_and_no_lookup(
    env: None, mock: respx.MockRouter
) -> None:
    """Where the API may pick the number itself (a webhook's device), nothing named means none is sent."""
    list_route(mock, MAIN)
    route = mock.post("/webhooks").respond(201, json={"id": "w1"})
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        client.webhooks.create(name="hook", url="https://example.com/hook")
    assert "device" not in json.loads(route.calls.last.request.content)
    assert [call.request.url.path for call in mock.calls] == ["/v1/webhooks"]
