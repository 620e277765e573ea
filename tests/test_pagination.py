"""List actions return lazy pagers: 0-based pages, stop on a short page, `limit`, `page`/`size`, `pages()`."""

from __future__ import annotations

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot_api.models.device import Device

DEVICES = [{"id": f"{i:024x}", "alias": f"n{i}"} for i in range(5)]
IDS = [d["id"] for d in DEVICES]


def paged(router: respx.MockRouter, size: int = 2) -> respx.Route:
    """GET /devices answering each `page` with its slice of DEVICES (5 devices: pages of 2, 2, 1)."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        assert int(request.url.params["size"]) == size
        return httpx.Response(200, json=DEVICES[page * size : (page + 1) * size])

    return router.get("/devices").mock(side_effect=answer)


def pages_asked(route: respx.Route) -> list[int]:
    return [int(call.request.url.params["page"]) for call in route.calls]


def test_list_walks_pages_lazily_and_stops_on_a_short_page(
    client: SparkBot, router: respx.MockRouter
) -> None:
    route = paged(router)
    pager = client.devices.list(size=2)
    assert isinstance(pager, sparkbot.SyncPager)
    assert route.call_count == 0
    items = iter(pager)
    assert route.call_count == 0
    first = next(items)
    assert isinstance(first, Device) and first.id == IDS[0]
    assert pages_asked(route) == [0]
    assert [first.id, *(d.id for d in items)] == IDS
    assert pages_asked(route) == [0, 1, 2]


@pytest.mark.anyio
async def test_list_walks_pages_lazily_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    route = paged(router)
    pager = async_client.devices.list(size=2)
    assert isinstance(pager, sparkbot.AsyncPager)
    assert route.call_count == 0
    ids = [d.id async for d in pager]
    assert ids == IDS
    assert pages_asked(route) == [0, 1, 2]


def test_full_last_page_needs_one_empty_page(client: SparkBot, router: respx.MockRouter) -> None:
    route = paged(router, size=5)
    assert [d.id for d in client.devices.list(size=5)] == IDS
    assert pages_asked(route) == [0, 1]


def test_default_page_size_is_sent(client: SparkBot, router: respx.MockRouter) -> None:
    route = router.get("/devices").respond(200, json=DEVICES)
    assert len(client.devices.list().to_list()) == 5
    assert route.call_count == 1
    assert int(route.calls.last.request.url.params["size"]) > len(DEVICES)


@pytest.mark.anyio
async def test_default_page_size_is_sent_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    """An async list without size= asks each page with the API's default size, as the sync one does."""
    route = router.get("/devices").respond(200, json=DEVICES)
    assert len(await async_client.devices.list().to_list()) == 5
    assert route.call_count == 1
    assert int(route.calls.last.request.url.params["size"]) > len(DEVICES)


def test_page_and_size_set_the_start(client: SparkBot, router: respx.MockRouter) -> None:
    route = paged(router)
    assert [d.id for d in client.devices.list(page=1, size=2)] == IDS[2:]
    assert pages_asked(route) == [1, 2]


@pytest.mark.anyio
async def test_page_and_size_set_the_start_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = paged(router)
    assert [d.id async for d in async_client.devices.list(page=1, size=2)] == IDS[2:]
    assert pages_asked(route) == [1, 2]


def test_pages_yields_lists(client: SparkBot, router: respx.MockRouter) -> None:
    paged(router)
    pages = [[d.id for d in page] for page in client.devices.list(size=2).pages()]
    assert pages == [IDS[0:2], IDS[2:4], IDS[4:]]


@pytest.mark.anyio
async def test_pages_yields_lists_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    paged(router)
    pages = [[d.id for d in page] async for page in async_client.devices.list(size=2, limit=3).pages()]
    assert pages == [IDS[0:2], IDS[2:3]]


def test_an_error_on_a_later_page_is_raised_while_iterating(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get("/devices", params={"page": "0"}).respond(200, json=DEVICES[:2])
    router.get("/devices", params={"page": "1"}).respond(500, json={"message": "boom"})
    seen: list[str] = []
    with pytest.raises(sparkbot.InternalServerError):
        for device in client.devices.list(size=2):
            seen.append(device.id)
    assert seen == IDS[:2]


def test_raw_response_is_one_page(client: SparkBot, router: respx.MockRouter) -> None:
    route = paged(router)
    raw = client.with_raw_response.devices.list(page=1, size=2)
    assert isinstance(raw, sparkbot.APIResponse) and raw.status_code == 200
    assert [d.id for d in raw.parsed] == IDS[2:4]
    assert pages_asked(route) == [1]


@pytest.mark.anyio
async def test_raw_response_is_one_page_async(async_client: AsyncSparkBot, router: respx.MockRouter) -> None:
    route = paged(router)
    raw = await async_client.with_raw_response.devices.list(size=2)
    assert [d.id for d in raw.parsed] == IDS[:2]
    assert pages_asked(route) == [0]
