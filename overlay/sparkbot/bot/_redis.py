"""`RedisStore`: dedupe, per-chat order and chat state shared by every worker and machine of a bot.

Recording a delivery and taking its ticket is one Lua script, so two workers that get the same redelivery
never both handle it, and a chat's tickets follow the order in which deliveries were recorded. A handler
waits for the ticket before its own: in memory when this process holds that ticket, else by polling the
chat's `done` counter (2 ms to 100 ms). A worker that dies mid-handler holds its chat up for
`turn_timeout` seconds at most. Connections come from a blocking pool: under load a call waits for a free
connection instead of failing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Mapping, Sequence
from typing import Any

from ._stores import Store

__all__ = ["RedisStore"]

logger = logging.getLogger("sparkbot.bot")

# KEYS: the dedupe keys, then (when the delivery has a chat) its seq and done keys.
# ARGV: number of dedupe keys, window in ms. Returns -1 for a redelivery, else the ticket (0: no chat).
_RECORD = """
local n = tonumber(ARGV[1])
for i = 1, n do
  if redis.call('exists', KEYS[i]) == 1 then return -1 end
end
for i = 1, n do redis.call('set', KEYS[i], '1', 'PX', ARGV[2]) end
if #KEYS == n then return 0 end
local ticket = redis.call('incr', KEYS[n + 1])
redis.call('pexpire', KEYS[n + 1], ARGV[2])
if ticket == 1 then redis.call('set', KEYS[n + 2], '0', 'PX', ARGV[2]) end
return ticket
"""

# KEYS: done key. ARGV: ticket, ttl in ms. The counter only moves forward.
_DONE = """
local done = tonumber(redis.call('get', KEYS[1]) or '0')
if tonumber(ARGV[1]) > done then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 0
"""


class RedisStore(Store):
    """A Redis server (`redis://host:6379/0`) shared by every process of a bot. Needs the `bot` extra.

    `prefix` namespaces the keys (two bots on one Redis need different prefixes); `state_ttl` (seconds)
    lets idle chat state expire; `turn_timeout` bounds how long a chat waits for a dead worker's turn;
    `max_connections` caps this process's connections (callers wait for a free one).
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        prefix: str = "sparkbot:bot",
        state_ttl: float | None = None,
        turn_timeout: float = 60.0,
        max_connections: int = 32,
    ) -> None:
        super().__init__()
        try:
            from redis.asyncio import BlockingConnectionPool, Redis
        except ModuleNotFoundError as exc:  # pragma: no cover - depends on what is installed
            raise ImportError(f"RedisStore needs the bot extra: pip install 'sparkbot[bot]' ({exc})") from exc
        pool = BlockingConnectionPool.from_url(url, max_connections=max_connections, decode_responses=True)
        self._redis = Redis(connection_pool=pool)
        self._record = self._redis.register_script(_RECORD)
        self._done = self._redis.register_script(_DONE)
        self.prefix = prefix
        self.state_ttl = state_ttl
        self.turn_timeout = turn_timeout
        self._window_ms = 86_400_000
        self._held: dict[str, dict[int, asyncio.Event]] = {}  # tickets this process took, not yet done

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self.prefix!r})"  # the URL may hold a password

    async def record(self, keys: Sequence[str], chat: str | None, window: float) -> int | None:
        self._window_ms = window_ms = max(1, int(window * 1000))
        names = [f"{self.prefix}:seen:{key}" for key in keys]
        if chat is not None:
            names += [f"{self.prefix}:seq:{chat}", f"{self.prefix}:done:{chat}"]
        ticket = int(await self._record(keys=names, args=[len(keys), window_ms]))
        if ticket < 0:
            return None
        if chat is not None:
            self._held.setdefault(chat, {})[ticket] = asyncio.Event()
        return ticket

    def wait_turn(self, chat: str, ticket: int) -> Awaitable[None] | None:
        if ticket <= 1:  # the first of its chat: nothing to wait for
            return None
        return self._wait_turn(chat, ticket)

    async def _wait_turn(self, chat: str, ticket: int) -> None:
        deadline = time.monotonic() + self.turn_timeout
        before = self._held.get(chat, {}).get(ticket - 1)
        if before is not None:  # this process handles the one before: wait for it here, not in Redis
            try:
                await asyncio.wait_for(before.wait(), self.turn_timeout)
            except TimeoutError:
                self._going_ahead(chat, ticket)
            return
        key = f"{self.prefix}:done:{chat}"
        delay = 0.002
        while int(await self._redis.get(key) or 0) < ticket - 1:
            if time.monotonic() > deadline:
                self._going_ahead(chat, ticket)
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)

    def _going_ahead(self, chat: str, ticket: int) -> None:
        logger.warning(
            "chat %s: turn %d waited %.0f s for the one before it (a worker stopped?); going ahead",
            chat, ticket, self.turn_timeout,
        )  # fmt: skip

    def turn_done(self, chat: str, ticket: int) -> Awaitable[None] | None:
        return self._turn_done(chat, ticket)

    async def _turn_done(self, chat: str, ticket: int) -> None:
        try:
            await self._done(keys=[f"{self.prefix}:done:{chat}"], args=[ticket, self._window_ms])
        finally:
            held = self._held.get(chat, {})
            event = held.pop(ticket, None)
            if event is not None:
                event.set()
            if not held:
                self._held.pop(chat, None)

    async def load_state(self, chat: str) -> dict[str, Any]:
        saved = await self._redis.get(f"{self.prefix}:state:{chat}")
        return {} if saved is None else dict(json.loads(saved))

    async def save_state(self, chat: str, state: Mapping[str, Any]) -> None:
        key = f"{self.prefix}:state:{chat}"
        if not state:
            await self._redis.delete(key)
            return
        ttl = None if self.state_ttl is None else max(1, int(self.state_ttl * 1000))
        await self._redis.set(key, json.dumps(state), px=ttl)

    async def aclose(self) -> None:
        await self._redis.aclose()
