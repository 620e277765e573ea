"""The `Store` contract at its edges, the same in every store (deliveries without a chat, the first turn,
an emptied state), and what only `SQLiteStore` does: its file, threads, purging and a failed batch."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sparkbot.bot import MemoryStore, SQLiteStore, Store

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["memory", "sqlite", "redis"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    if request.param == "redis":
        from sparkbot.bot import RedisStore

        made: Store = RedisStore(request.getfixturevalue("redis_url"), prefix=f"test:{uuid.uuid4().hex}")
    else:
        made = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "bot.db")
    yield made
    await made.aclose()


async def test_a_delivery_without_a_chat_gets_ticket_0(store: Store) -> None:
    """A delivery with no chat (a session event) is new with ticket 0, then a redelivery: None."""
    assert await store.record(["session-1"], None, 60) == 0
    assert await store.record(["session-1"], None, 60) is None
    assert await store.record(["chat-1"], "c", 60) == 1  # chats' tickets are not taken by chatless ones


async def test_the_first_turn_of_a_chat_never_waits(store: Store) -> None:
    """The first ticket of a chat has nothing before it: wait_turn gives None, not something to await."""
    ticket = await store.record(["first"], "c", 60)
    assert ticket == 1 and store.wait_turn("c", ticket) is None


async def test_an_emptied_state_is_forgotten(store: Store) -> None:
    """Saving an empty state deletes the chat's state (also for a chat that had none); others stay."""
    await store.save_state("never-saved", {})
    await store.save_state("a", {"step": 2})
    await store.save_state("b", {"step": 5})
    await store.save_state("a", {})
    assert (await store.load_state("a"), await store.load_state("b")) == ({}, {"step": 5})
    assert await store.load_state("never-saved") == {}


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the store's file with a connection of its own, as an operator would."""
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


async def test_sqlite_store_writes_the_file_it_is_given(tmp_path: Path) -> None:
    """The state lands in the named file, and repr names it."""
    path = tmp_path / "bot.db"
    store = SQLiteStore(path)
    await store.save_state("c", {"n": 1})
    assert rows(path, "SELECT chat, value FROM state") == [("c", '{"n": 1}')]
    assert repr(store) == f"SQLiteStore({str(path)!r})"
    await store.aclose()


def test_sqlite_store_serves_a_loop_in_another_thread(tmp_path: Path) -> None:
    """A store made in one thread works for a bot whose event loop runs in another (Bot.serving)."""
    store = SQLiteStore(tmp_path / "bot.db")
    got: list[object] = []

    async def use() -> None:
        got.append(await store.record(["k"], "c", 60))
        await store.save_state("c", {"n": 1})
        got.append(await store.load_state("c"))

    thread = threading.Thread(target=asyncio.run, args=(use(),))
    thread.start()
    thread.join()
    assert got == [1, {"n": 1}]


async def test_sqlite_store_purges_expired_keys_every_purge_every_records(tmp_path: Path) -> None:
    """Expired delivery keys are deleted from the file once every _PURGE_EVERY records, counted across
    batches, so the file does not grow with every delivery ever seen (nor is it scanned on each)."""
    path, every = tmp_path / "bot.db", SQLiteStore._PURGE_EVERY
    store = SQLiteStore(path)

    async def expired_then_batch(name: str) -> None:  # 1 expired key, then every - 2 live ones at once
        await store.record([f"{name}-expired"], None, 0)
        await asyncio.gather(*(store.record([f"{name}-{i}"], None, 60) for i in range(every - 2)))

    def count() -> object:
        return rows(path, "SELECT count(*) FROM seen")[0][0]

    await expired_then_batch("a")  # every - 1 records: no purge yet
    assert count() == every - 1
    await store.record(["a-last"], None, 0)  # the every-th: both expired keys go
    assert count() == every - 2
    await expired_then_batch("b")  # the count starts again from 0
    assert count() == 2 * every - 3
    await store.record(["b-last"], None, 0)
    assert count() == 2 * every - 4
    await store.aclose()


async def test_sqlite_store_a_failed_batch_raises_and_records_nothing(tmp_path: Path) -> None:
    """A delivery id SQLite cannot store (a lone surrogate, valid in JSON) fails its whole batch, each
    caller gets the error, nothing of the batch is recorded, and the next delivery is recorded."""
    store = SQLiteStore(tmp_path / "bot.db")
    bad, good = store.record(["\ud800"], None, 60), store.record(["fine"], "c", 60)  # one batch
    batch = asyncio.gather(bad, good, return_exceptions=True)
    results = await asyncio.wait_for(batch, 5)
    assert [type(r) for r in results] == [UnicodeEncodeError, UnicodeEncodeError]
    assert await asyncio.wait_for(store.record(["fine"], "c", 60), 5) == 1
    await store.aclose()


async def test_memory_store_keeps_exactly_the_max_keys_newest() -> None:
    """max_keys keys are kept, not one fewer: the oldest goes when one more comes (default 1_000_000)."""
    assert MemoryStore().max_keys == 1_000_000
    store = MemoryStore(max_keys=3)
    for key in "abcd":
        assert await store.record([key], None, 60) == 0
    assert await store.record(["b"], None, 60) is None  # b, c and d are still known
    assert await store.record(["a"], None, 60) == 0


async def test_memory_store_expired_keys_do_not_count_against_max_keys() -> None:
    """A key whose window ended is dropped, so it does not push out a live one."""
    store = MemoryStore(max_keys=2)
    await store.record(["old"], None, 0.001)
    await asyncio.sleep(0.01)
    for key in "bc":
        assert await store.record([key], None, 60) == 0
    assert await store.record(["b"], None, 60) is None


async def test_memory_store_takes_a_window_per_call() -> None:
    """Windows may differ from call to call (Store.record takes one each time): a key renewed after a
    short window, behind a longer one, is expired and evicted later without error."""
    store = MemoryStore()
    await store.record(["long"], None, 0.3)
    await store.record(["a"], None, 0.001)
    await asyncio.sleep(0.01)
    assert await store.record(["a"], None, 0.001) == 0  # a's window ended; "long" still holds the queue
    await asyncio.sleep(0.35)  # now all three entries have expired
    assert await store.record(["b"], None, 60) == 0
    assert await store.record(["a"], None, 60) == 0

    small = MemoryStore(max_keys=2)
    await small.record(["long"], None, 60)
    await small.record(["a"], None, 0.001)
    await asyncio.sleep(0.01)
    assert await small.record(["a"], None, 60) == 0  # renewed: a's first entry is still queued
    for key in "cde":  # each pushes out the oldest: long, then a, then (a's stale entry) c
        assert await small.record([key], None, 60) == 0
    assert await small.record(["d"], None, 60) is None

    two = MemoryStore(max_keys=2)  # a delivery's keys come in pairs: one call may push out two entries
    await two.record(["long"], None, 60)
    await two.record(["a"], None, 0.001)
    await asyncio.sleep(0.01)
    assert await two.record(["a"], None, 60) == 0
    assert await two.record(["x", "y"], None, 60) == 0  # out go long and a's stale entry (with a)
    assert await two.record(["z"], None, 60) == 0  # out goes a's renewed entry: a is gone already
    assert await two.record(["y"], None, 60) is None


@pytest.mark.parametrize("make", [MemoryStore, lambda: SQLiteStore(":memory:")], ids=["memory", "sqlite"])
async def test_a_local_chat_with_nothing_pending_starts_afresh(make: Callable[[], Store]) -> None:
    """Handing on turns, waited on or not, keeps nothing for a chat with nothing pending: its next
    delivery is its first again (a process's memory does not grow with the chats it has seen)."""
    store = make()
    assert store.turn_done("never-seen", 1) is None  # nothing to hand on: fine
    assert await store.record(["k1"], "c", 60) == 1
    assert store.turn_done("c", 1) is None  # no one waits for it
    assert [await store.record([key], "c", 60) for key in ("k2", "k3")] == [1, 2]
    waiting = store.wait_turn("c", 2)
    assert waiting is not None
    store.turn_done("c", 1)
    await asyncio.wait_for(waiting, 1)
    store.turn_done("c", 2)
    assert await store.record(["k4"], "c", 60) == 1
    await store.aclose()
