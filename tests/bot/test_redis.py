"""Several workers on one real redis-server: dedupe, per-chat order and state hold across app instances."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sys
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sparkbot.bot import Bot, Context, RedisStore

from .conftest import TOKEN, inbound

pytestmark = pytest.mark.anyio


@pytest.fixture
async def stores(redis_url: str) -> AsyncIterator[list[RedisStore]]:
    """Two stores on one server and prefix: what two worker processes would each open."""
    prefix = f"test:{uuid.uuid4().hex}"
    made = [RedisStore(redis_url, prefix=prefix) for _ in range(2)]
    yield made
    for store in made:
        await store.aclose()


def worker(store: RedisStore, handler: Any) -> tuple[Bot, httpx.AsyncClient]:
    bot = Bot(None, token=TOKEN, store=store, max_concurrency=8)
    bot.on_message()(handler)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=bot.asgi()), base_url="http://worker")
    return bot, client


async def deliver(client: httpx.AsyncClient, body: Any) -> httpx.Response:
    return await client.post("/", params={"token": TOKEN}, content=json.dumps(body))


async def test_a_redelivery_to_two_app_instances_is_handled_once(stores: list[RedisStore]) -> None:
    seen: list[str] = []

    async def record(ctx: Context) -> None:
        seen.append(ctx.text or "")

    (bot_a, a), (bot_b, b) = worker(stores[0], record), worker(stores[1], record)
    async with a, b:
        for i in range(20):  # the same delivery reaches both workers at once, twenty times over
            body = inbound(f"m{i}", event_id=f"e{i}", message_id=f"3EB0{i:020d}")
            answers = await asyncio.gather(deliver(a, body), deliver(b, body))
            assert [r.status_code for r in answers] == [200, 200]
            assert sorted(r.json()["accepted"] for r in answers) == [0, 1]
        await asyncio.gather(bot_a.drain(), bot_b.drain())
    assert sorted(seen) == sorted(f"m{i}" for i in range(20))


async def test_one_chat_is_handled_in_order_across_instances(stores: list[RedisStore]) -> None:
    handled: list[tuple[str, int]] = []
    running: dict[str, int] = {}
    overlap: list[str] = []

    async def slow(ctx: Context) -> None:
        chat = ctx.chat_id or ""
        running[chat] = running.get(chat, 0) + 1
        if running[chat] > 1:
            overlap.append(chat)
        await asyncio.sleep(random.uniform(0, 0.01))
        handled.append((chat, int(ctx.text or 0)))
        running[chat] -= 1

    (bot_a, a), (bot_b, b) = worker(stores[0], slow), worker(stores[1], slow)
    random.seed(3)
    phones = ["+34600000001", "+34600000002"]
    async with a, b:
        for n in range(12):
            for phone in phones:
                target = random.choice([a, b])  # the load balancer picks any worker
                body = inbound(
                    str(n), phone=phone, event_id=f"{phone}-{n}", message_id=f"3EB0{phone[1:]}{n:04d}"
                )
                assert (await deliver(target, body)).status_code == 200
        await asyncio.gather(bot_a.drain(), bot_b.drain())
    for phone in phones:
        chat = phone[1:] + "@c.us"
        assert [n for c, n in handled if c == chat] == list(range(12))
    assert overlap == []


async def test_state_is_shared_by_instances(stores: list[RedisStore]) -> None:
    async def count(ctx: Context) -> None:
        ctx.state["n"] = ctx.state.get("n", 0) + 1

    (bot_a, a), (bot_b, b) = worker(stores[0], count), worker(stores[1], count)
    async with a, b:
        for i in range(6):
            await deliver([a, b][i % 2], inbound(event_id=f"s{i}", message_id=f"3EB0{i:020d}"))
        await asyncio.gather(bot_a.drain(), bot_b.drain())
    chat = inbound()["device"]["id"] + ":34600111333@c.us"
    assert await stores[0].load_state(chat) == {"n": 6}


@pytest.mark.parametrize("same_process", [False, True], ids=["other-worker", "same-worker"])
async def test_a_turn_held_by_a_dead_worker_is_skipped_after_turn_timeout(
    redis_url: str, caplog: pytest.LogCaptureFixture, same_process: bool
) -> None:
    prefix = f"test:{uuid.uuid4().hex}"
    store = RedisStore(redis_url, prefix=prefix, turn_timeout=0.2)
    dead = store if same_process else RedisStore(redis_url, prefix=prefix)
    try:
        chat = inbound()["device"]["id"] + ":34600111333@c.us"  # the bot's key for the chat of inbound()
        assert await dead.record(["dead-worker-delivery"], chat, 60) == 1  # taken, never handed on
        seen: list[str] = []

        async def record(ctx: Context) -> None:
            seen.append(ctx.text or "")

        bot, client = worker(store, record)
        async with client:
            with caplog.at_level(logging.WARNING, logger="sparkbot"):
                await deliver(client, inbound("after", event_id="late"))
                await bot.drain()
        assert seen == ["after"]
        said = f"chat {chat}: turn 2 waited 0 s for the one before it (a worker stopped?); going ahead"
        assert said in [r.getMessage() for r in caplog.records]
    finally:
        await store.aclose()
        await dead.aclose()


async def test_state_ttl_expires_idle_state(redis_url: str) -> None:
    store = RedisStore(redis_url, prefix=f"test:{uuid.uuid4().hex}", state_ttl=0.05)
    try:
        await store.save_state("c", {"a": 1})
        assert await store.load_state("c") == {"a": 1}
        await asyncio.sleep(0.15)
        assert await store.load_state("c") == {}
    finally:
        await store.aclose()


def test_repr_hides_the_url(redis_url: str) -> None:
    store = RedisStore("redis://:hunter2@127.0.0.1:1/0")
    assert "hunter2" not in repr(store) and "hunter2" not in repr(Bot(None, token=TOKEN, store=store))


@pytest.fixture
async def inspector(redis_url: str) -> AsyncIterator[Any]:
    """A plain client on the same server, for what an operator can see there (TTLs, command counts)."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url, decode_responses=True)
    yield client
    await client.aclose()


async def gets(inspector: Any) -> int:
    """GET commands the server has run so far (what polling costs it)."""
    return int((await inspector.info("commandstats")).get("cmdstat_get", {}).get("calls", 0))


async def test_keys_live_exactly_the_window_and_state_ttl(stores: list[RedisStore], inspector: Any) -> None:
    """A delivery's keys expire after the dedupe window, a chat's state after state_ttl, to the ms."""
    store = stores[0]
    store.state_ttl = 60
    assert await store.record(["k"], "c", 60) == 1
    await store.save_state("c", {"n": 1})
    for key in ("seen:k", "seq:c", "done:c", "state:c"):
        assert 59_000 < await inspector.pttl(f"{store.prefix}:{key}") <= 60_000, key


async def test_a_turn_held_in_this_process_is_awaited_without_polling(
    stores: list[RedisStore], inspector: Any
) -> None:
    """When this worker holds the turn before, the next one waits in memory: no GETs to Redis."""
    store = stores[0]
    assert [await store.record([key], "c", 60) for key in ("k1", "k2")] == [1, 2]
    before = await gets(inspector)
    turn = store.wait_turn("c", 2)
    assert turn is not None
    waiting = asyncio.ensure_future(turn)
    await asyncio.sleep(0.05)
    assert not waiting.done()
    assert await gets(inspector) == before
    await store.turn_done("c", 1)  # type: ignore[misc]
    await asyncio.wait_for(waiting, 1)


async def test_another_workers_turn_is_polled_2_to_100_ms(stores: list[RedisStore], inspector: Any) -> None:
    """A worker waiting on a turn another holds polls Redis from 2 ms backing off to 100 ms: it goes on
    within about 100 ms of the hand-off (0.3 s allowed here) and asks a few dozen times, not thousands."""
    holder, waiter = stores
    assert await holder.record(["k1"], "c", 60) == 1
    before = await gets(inspector)
    waiting = asyncio.ensure_future(waiter.wait_turn("c", 2))  # type: ignore[arg-type]
    await asyncio.sleep(0.55)
    assert not waiting.done()
    handed = time.monotonic()
    await holder.turn_done("c", 1)  # type: ignore[misc]
    await asyncio.wait_for(waiting, 2)
    assert time.monotonic() - handed < 0.3
    assert await gets(inspector) - before < 50


async def test_a_turn_holds_after_the_dedupe_window(stores: list[RedisStore]) -> None:
    """A handler that outlives the dedupe window still holds its chat: the next waits for its hand-off."""
    holder, waiter = stores
    assert await holder.record(["k1"], "c", 0.3) == 1
    assert await waiter.record(["k2"], "c", 0.3) == 2
    waiting = asyncio.ensure_future(waiter.wait_turn("c", 2))  # type: ignore[arg-type]
    await asyncio.sleep(0.6)  # the window's keys are gone by now
    assert not waiting.done()
    await holder.turn_done("c", 1)  # type: ignore[misc]
    await asyncio.wait_for(waiting, 2)


async def test_any_process_can_hand_on_a_stuck_turn(
    stores: list[RedisStore], redis_url: str, inspector: Any
) -> None:
    """An operator's store that took no ticket can hand on a stuck chat's turn: the waiting worker goes
    on, and the done mark lives a day (the default window, as no delivery set one here)."""
    holder, waiter = stores
    assert await holder.record(["k1"], "c", 60) == 1  # its worker then died
    assert await waiter.record(["k2"], "c", 60) == 2
    waiting = asyncio.ensure_future(waiter.wait_turn("c", 2))  # type: ignore[arg-type]
    operator = RedisStore(redis_url, prefix=holder.prefix)
    try:
        await operator.turn_done("c", 1)  # type: ignore[misc]
        await asyncio.wait_for(waiting, 2)
        assert 86_399_000 < await inspector.pttl(f"{holder.prefix}:done:c") <= 86_400_000
    finally:
        await operator.aclose()


async def test_a_store_forgets_a_chat_once_its_turns_are_handed_on(stores: list[RedisStore]) -> None:
    """The tickets a process holds are dropped per chat when handed on: memory does not grow with chats."""
    store = stores[0]
    for chat in ("a", "b"):
        assert [await store.record([f"{chat}{n}"], chat, 60) for n in (1, 2)] == [1, 2]
    for chat in ("a", "b"):
        for ticket in (1, 2):
            await store.turn_done(chat, ticket)  # type: ignore[misc]
    assert store._held == {}


async def test_the_defaults(redis_url: str, inspector: Any) -> None:
    """RedisStore() speaks to redis://127.0.0.1:6379/0 and, given a URL, uses the sparkbot:bot prefix,
    a 60 s turn timeout and at most 32 connections."""
    local = RedisStore()
    kwargs = local._redis.connection_pool.connection_kwargs
    assert (kwargs["host"], kwargs["port"], kwargs["db"]) == ("127.0.0.1", 6379, 0)
    await local.aclose()
    store, key = RedisStore(redis_url), uuid.uuid4().hex
    try:
        assert (store.turn_timeout, store._redis.connection_pool.max_connections) == (60, 32)
        assert await store.record([key], None, 60) == 0
        assert await inspector.exists(f"sparkbot:bot:seen:{key}") == 1
    finally:
        await inspector.delete(f"sparkbot:bot:seen:{key}")
        await store.aclose()


async def test_max_connections_caps_the_connections_callers_wait(redis_url: str, inspector: Any) -> None:
    """Under load a store opens at most max_connections; the other calls wait for one and all succeed."""
    store = RedisStore(redis_url, prefix=f"test:{uuid.uuid4().hex}", max_connections=2)
    try:
        before = int((await inspector.info("clients"))["connected_clients"])
        await asyncio.gather(*(store.save_state(f"c{i}", {"i": i}) for i in range(12)))
        assert int((await inspector.info("clients"))["connected_clients"]) - before <= 2
        assert [await store.load_state(f"c{i}") for i in (0, 11)] == [{"i": 0}, {"i": 11}]
    finally:
        await store.aclose()


def test_without_redis_installed_it_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """No redis package: RedisStore() raises ImportError naming the extra to install."""
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    with pytest.raises(
        ImportError, match=r"^RedisStore needs the bot extra: pip install 'sparkbot\[bot\]' \("
    ):
        RedisStore()
