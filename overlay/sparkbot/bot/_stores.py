"""Where a bot keeps what must outlive one request: deliveries seen (dedupe), per-chat order and chat state.

One interface, three homes: `MemoryStore` (one process), `SQLiteStore` (one process, survives restarts) and
`RedisStore` (in `_redis.py`: several workers or machines share all three). Chat state is stored as JSON, in
every store alike, so a bot that works on one works on the others.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Awaitable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["MemoryStore", "SQLiteStore", "Store"]


class Store(ABC):
    """What a `Bot` needs from storage. Tickets give each chat's deliveries their arrival order: a handler
    waits for its turn (`wait_turn`) and hands it on (`turn_done`). Stores for one process keep tickets in
    memory; `RedisStore` keeps them in Redis so several processes take turns."""

    def __init__(self) -> None:
        self._turns = _LocalTurns()

    @abstractmethod
    async def record(self, keys: Sequence[str], chat: str | None, window: float) -> int | None:
        """Record a delivery under `keys`, atomically. None when one of them was recorded less than
        `window` seconds ago (a redelivery); else the delivery's ticket in its chat (0 without a chat)."""

    @abstractmethod
    async def load_state(self, chat: str) -> dict[str, Any]:
        """The saved state of `chat` (an empty dict at first)."""

    @abstractmethod
    async def save_state(self, chat: str, state: Mapping[str, Any]) -> None:
        """Save the state of `chat` (JSON values); an empty state deletes it."""

    def wait_turn(self, chat: str, ticket: int) -> Awaitable[None] | None:
        """None when every earlier ticket of `chat` is done, else an awaitable done when they are. (Not a
        coroutine: the common case, nothing to wait for, then costs no coroutine object.)"""
        return self._turns.wait(chat, ticket)

    def turn_done(self, chat: str, ticket: int) -> Awaitable[None] | None:
        """Mark `ticket` of `chat` done, letting the next one start; an awaitable when that takes I/O."""
        self._turns.done(chat, ticket)
        return None

    async def aclose(self) -> None:  # noqa: B027 - most stores hold nothing to release
        """Release connections and files."""


class _Line:
    __slots__ = ("done", "issued", "waiters")

    def __init__(self) -> None:
        self.issued = 0
        self.done = 0
        self.waiters: dict[int, asyncio.Future[None]] = {}


class _LocalTurns:
    """Per-chat tickets within one process; a chat's line is dropped once it has nothing pending."""

    def __init__(self) -> None:
        self._lines: dict[str, _Line] = {}

    def take(self, chat: str) -> int:
        line = self._lines.get(chat)
        if line is None:
            line = self._lines[chat] = _Line()
        line.issued += 1
        return line.issued

    def wait(self, chat: str, ticket: int) -> asyncio.Future[None] | None:
        line = self._lines.get(chat)
        if line is None or line.done >= ticket - 1:
            return None
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        line.waiters[ticket - 1] = future
        return future

    def done(self, chat: str, ticket: int) -> None:
        line = self._lines.get(chat)
        if line is None:
            return
        line.done = max(line.done, ticket)
        waiter = line.waiters.pop(ticket, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if line.done >= line.issued and not line.waiters:
            del self._lines[chat]


class MemoryStore(Store):
    """Everything in this process's memory (the default): fast, lost on restart, not shared. At most
    `max_keys` delivery keys are kept (the oldest go first), so a busy day cannot grow it without bound."""

    def __init__(self, max_keys: int = 1_000_000) -> None:
        super().__init__()
        self.max_keys = max_keys
        self._seen: dict[str, float] = {}
        self._expiry: deque[tuple[float, str]] = deque()
        self._states: dict[str, str] = {}

    async def record(self, keys: Sequence[str], chat: str | None, window: float) -> int | None:
        now = time.monotonic()
        expiry, seen = self._expiry, self._seen
        while expiry and expiry[0][0] <= now:
            _, key = expiry.popleft()
            if seen.get(key, now + 1) <= now:
                del seen[key]
        if any(seen.get(key, now) > now for key in keys):
            return None
        until = now + window
        for key in keys:
            seen[key] = until
            expiry.append((until, key))
        while len(seen) > self.max_keys:
            _, key = expiry.popleft()
            seen.pop(key, None)
        return self._turns.take(chat) if chat is not None else 0

    async def load_state(self, chat: str) -> dict[str, Any]:
        saved = self._states.get(chat)
        return {} if saved is None else dict(json.loads(saved))

    async def save_state(self, chat: str, state: Mapping[str, Any]) -> None:
        if state:
            self._states[chat] = json.dumps(state)
        else:
            self._states.pop(chat, None)


class SQLiteStore(Store):
    """An SQLite file: deliveries seen and chat state survive restarts; for one process (order is kept in
    memory). Calls run on the event loop: with WAL and synchronous=NORMAL each takes microseconds to a
    disk write, less than handing it to a thread would cost."""

    _PURGE_EVERY = 1000

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, expires REAL NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS state (chat TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._records = 0
        self._batch: list[tuple[Sequence[str], float, asyncio.Future[bool]]] = []

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    async def record(self, keys: Sequence[str], chat: str | None, window: float) -> int | None:
        # Deliveries recorded in the same turn of the event loop share one transaction (group commit):
        # a commit costs a write to the WAL, a check a few microseconds. Each caller still returns only
        # once its delivery is committed.
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._batch.append((keys, window, future))
        if len(self._batch) == 1:
            asyncio.get_running_loop().call_soon(self._commit_batch)
        if not await future:
            return None
        return self._turns.take(chat) if chat is not None else 0

    def _commit_batch(self) -> None:
        batch, self._batch = self._batch, []
        db, now = self._db, time.time()
        try:
            db.execute("BEGIN IMMEDIATE")  # another process on the file waits: each check-and-insert holds
            fresh = [self._insert(keys, now, window) for keys, window, _ in batch]
            self._records += len(batch)
            if self._records >= self._PURGE_EVERY:
                self._records = 0
                db.execute("DELETE FROM seen WHERE expires <= ?", (now,))
            db.execute("COMMIT")
        except Exception as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            for _, _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, _, future), new in zip(batch, fresh, strict=True):
            if not future.done():
                future.set_result(new)

    def _insert(self, keys: Sequence[str], now: float, window: float) -> bool:
        """Insert the keys (renewing expired ones); False when one was live: a redelivery. Its other keys
        are recorded all the same: they name the same delivery."""
        rows = ",".join("(?, ?)" for _ in keys)
        values = [value for key in keys for value in (key, now + window)]
        changed = self._db.execute(
            f"INSERT INTO seen VALUES {rows} ON CONFLICT(key) DO UPDATE SET expires = excluded.expires"
            " WHERE seen.expires <= ?",
            (*values, now),
        ).rowcount
        return bool(changed == len(keys))

    async def load_state(self, chat: str) -> dict[str, Any]:
        row = self._db.execute("SELECT value FROM state WHERE chat = ?", (chat,)).fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    async def save_state(self, chat: str, state: Mapping[str, Any]) -> None:
        if state:
            self._db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (chat, json.dumps(state)))
        else:
            self._db.execute("DELETE FROM state WHERE chat = ?", (chat,))

    async def aclose(self) -> None:
        self._db.close()
