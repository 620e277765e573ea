"""Pager edges, sync and async alike: `limit` stops fetching as soon as it is reached (never one page too
many), a full last page costs one empty page, `to_list()` collects everything, `pages()` trims the last
page to `limit`, and a limit of zero fetches nothing."""

from __future__ import annotations

import httpx
import pytest
import respx
from sparkbot import AsyncSparkBot, SparkBot

DEVICES = [{"id": f"{i:024x}", "alias": f"n{i}"} for i in range(5)]
IDS = [d["id"] for d in DEVICES]


def paged(router: respx.MockRouter, size: int = 2) -> respx.Route:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json=DEVICES[page * size : (page + 1) * size])

    return router.get("/devices").mock(side_effect=answer)


def pages_asked(route: respx.Route) -> list[int]:
    return [int(call.request.url.params["page"]) for call in route.calls]


LIMITS = [(0, []), (1, [0]), (2, [0]), (3, [0, 1]), (4, [0, 1]), (5, [0, 1, 2]), (9, [0, 1, 2])]


@pytest.mark.anyio
@pytest.mark.parametrize(("limit", "fetched"), LIMITS)
async def test_limit_stops_fetching_async(
    async_client: AsyncSparkBot, router: respx.MockRouter, limit: int, fetched: list[int]
) -> None:
    route = paged(router)
    assert [d.id async for d in async_client.devices.list(size=2, limit=limit)] == IDS[:limit]
    assert pages_asked(route) == fetched


@pytest.mark.parametrize(("limit", "fetched"), LIMITS)
def test_limit_stops_fetching_sync(
    client: SparkBot, router: respx.MockRouter, limit: int, fetched: list[int]
) -> None:
    route = paged(router)
    assert [d.id for d in client.devices.list(size=2, limit=limit)] == IDS[:limit]
    assert pages_asked(route) == fetched


@pytest.mark.anyio
async def test_to_list_collects_every_item_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = paged(router)
    items = await async_client.devices.list(size=2).to_list()
    assert [d.id for d in items] == IDS
    assert pages_asked(route) == [0, 1, 2]
    assert [d.id for d in await async_client.devices.list(size=2, limit=3).to_list()] == IDS[:3]


def test_to_list_collects_every_item_sync(client: SparkBot, router: respx.MockRouter) -> None:
    paged(router)
    assert [d.id for d in client.devices.list(size=2).to_list()] == IDS
    assert [d.id for d in client.devices.list(size=2, limit=3).to_list()] == IDS[:3]


@pytest.mark.anyio
async def test_a_full_last_page_costs_one_empty_page_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = paged(router, size=5)
    assert [d.id async for d in async_client.devices.list(size=5)] == IDS
    assert pages_asked(route) == [0, 1]


@pytest.mark.anyio
async def test_pages_are_trimmed_to_the_limit_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    paged(router)
    pages = [[d.id for d in page] async for page in async_client.devices.list(size=2, limit=4).pages()]
    assert pages == [IDS[0:2], IDS[2:4]]
    pages = [[d.id for d in page] async for page in async_client.devices.list(page=1, size=2).pages()]
    assert pages == [IDS[2:4], IDS[4:]]


def test_pages_are_trimmed_to_the_limit_sync(client: SparkBot, router: respx.MockRouter) -> None:
    paged(router)
    assert [[d.id for d in page] for page in client.devices.list(size=2, limit=3).pages()] == [
        IDS[0:2],
        IDS[2:3],
    ]


@pytest.mark.anyio
async def test_an_empty_first_page_yields_nothing_async(
    async_client: AsyncSparkBot, router: respx.MockRouter
) -> None:
    route = router.get("/devices").respond(200, json=[])
    assert [page async for page in async_client.devices.list(size=2).pages()] == []
    assert route.call_count == 1
