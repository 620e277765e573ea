"""Bots that answer WhatsApp messages: handlers with filters behind an ASGI webhook receiver.

```python
from sparkbot import AsyncSparkBot
from sparkbot.bot import Bot, Context, filters

bot = Bot(AsyncSparkBot(), token="a-long-random-secret")

@bot.on_message(filters.text)
async def echo(ctx: Context) -> None:
    await ctx.reply(f"You said: {ctx.text}")

bot.run(port=8000)   # or mount bot.asgi() in FastAPI/Starlette; webhook URL: https://…/?token=…
```

Deliveries are deduplicated, handled in order per chat and never block the 200; `RedisStore` shares all
of it between workers. `RedisStore` and `bot.run()` need the `bot` extra (redis, uvicorn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import filters
from ._bot import Bot
from ._context import Context
from ._stores import MemoryStore, SQLiteStore, Store

if TYPE_CHECKING:
    from ._app import BotApp
    from ._redis import RedisStore

__all__ = ["Bot", "BotApp", "Context", "MemoryStore", "RedisStore", "SQLiteStore", "Store", "filters"]


def __getattr__(name: str) -> Any:
    """`RedisStore` (needs redis) and `BotApp` load on first use."""
    if name == "RedisStore":
        from ._redis import RedisStore

        return RedisStore
    if name == "BotApp":
        from ._app import BotApp

        return BotApp
    raise AttributeError(f"module 'sparkbot.bot' has no attribute {name!r}")
