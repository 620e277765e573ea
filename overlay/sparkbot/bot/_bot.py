"""`Bot`: handlers registered with filters, and how each accepted delivery is run.

A delivery is accepted in two steps. In the request: parse, record in the store (a redelivery stops here)
and take the chat's ticket. In a background task: wait for the chat's earlier deliveries, take a slot of
`max_concurrency`, load the chat's state, run the first matching handler (sync ones in a thread), save the
state, hand the turn on. A handler's exception is logged with secrets redacted and stops nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import inspect
import json
import logging
import time
import traceback
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import SparkBotValidationError
from .._logging import _redact, setup_logging
from ..webhooks import EVENTS, WebhookBody, WebhookEvent, parse
from ._context import Context, chat_of
from ._stores import MemoryStore, Store
from .filters import Filter, Predicate, as_filter

if TYPE_CHECKING:
    from .._client import AsyncSparkBot
    from ._app import BotApp

__all__ = ["Bot"]

logger = logging.getLogger("sparkbot.bot")
logger.addFilter(_redact)  # records of a child logger skip the parent's filters: redact here too

Handler = Callable[[Context], Awaitable[Any] | Any]
H = TypeVar("H", bound=Handler)

DAY = 86_400.0
MIN_TOKEN = 8  # a guessable token lets anyone drive the bot; a short one would also be redacted everywhere
ANY_EVENT = "*"
# Inbound messages are also deduplicated by message id: a redelivery may come with a new event id.
_BY_MESSAGE_ID = frozenset({"message:in:new", "channel:in"})


@dataclass(frozen=True)
class _Registered:
    event: str
    filters: tuple[Filter, ...]
    fn: Handler
    is_async: bool

    @property
    def name(self) -> str:
        return getattr(self.fn, "__qualname__", repr(self.fn))


class Bot:
    """Answers WhatsApp messages: handlers for webhook events, served by `bot.asgi()`.

    ```python
    bot = Bot(AsyncSparkBot(), token="a-long-random-secret")

    @bot.on_message(filters.command("start"))
    async def start(ctx: Context) -> None:
        await ctx.reply("Welcome!")
    ```

    `token` is the secret the webhook URL carries (`https://you.example/hook?token=…`); `store` keeps
    dedupe, per-chat order and chat state (`MemoryStore()` by default; `RedisStore` for several workers);
    `max_concurrency` bounds handlers running at once; a delivery seen within `dedupe_window` seconds is
    answered 200 and not handled again.
    """

    def __init__(
        self,
        client: AsyncSparkBot | None,
        *,
        token: str,
        store: Store | None = None,
        max_concurrency: int = 32,
        dedupe_window: float = DAY,
        max_body_bytes: int = 10 * 2**20,
    ) -> None:
        if not isinstance(token, str) or len(token) < MIN_TOKEN:
            rule = f"a secret of at least {MIN_TOKEN} characters is required (e.g. secrets.token_urlsafe())"
            raise SparkBotValidationError("token", rule)
        if max_concurrency < 1:
            raise SparkBotValidationError("max_concurrency", "must be at least 1", max_concurrency)
        if dedupe_window <= 0:
            raise SparkBotValidationError("dedupe_window", "must be positive seconds", dedupe_window)
        setup_logging(token)  # the token is a secret too: redacted from every sparkbot log record
        self.client = client
        self.store: Store = MemoryStore() if store is None else store
        self.max_concurrency = max_concurrency
        self.dedupe_window = dedupe_window
        self.max_body_bytes = max_body_bytes
        self._token = token.encode()
        self._handlers: list[_Registered] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._gate: asyncio.Semaphore | None = None
        self._threads: ThreadPoolExecutor | None = None
        self._unhandled: set[str] = set()
        self._app: BotApp | None = None

    def __repr__(self) -> str:
        return f"Bot(handlers={len(self._handlers)}, store={self.store!r})"  # never the token

    # --- registering handlers ------------------------------------------------------------------------

    def on(self, event: str, *filters: Predicate) -> Callable[[H], H]:
        """Register a handler for `event` (any webhook event name, or "*" for all) when every filter
        matches. Handlers are tried in registration order; the first that matches is the only one to run
        unless it calls `ctx.continue_handling()`."""
        if not isinstance(event, str) or not event:
            raise SparkBotValidationError("event", "a webhook event name (or '*') is required", event)
        checked = tuple(as_filter(f) for f in filters)
        if event != ANY_EVENT and event not in EVENTS:  # a typo would otherwise never fire, silently
            logger.warning(
                "handler for %r: not an event SparkBot is known to send (%s)", event, ", ".join(EVENTS)
            )

        def register(fn: H) -> H:
            if not callable(fn):
                raise TypeError(f"a handler must be callable, got {type(fn).__name__}")
            self._handlers.append(_Registered(event, checked, fn, _is_async(fn)))
            return fn

        return register

    def on_message(self, *filters: Predicate) -> Callable[[H], H]:
        """Register a handler for inbound messages (`message:in:new`); see `on`."""
        return self.on("message:in:new", *filters)

    # --- serving ---------------------------------------------------------------------------------------

    def asgi(self) -> BotApp:
        """The ASGI app receiving webhooks: `POST /?token=…`. Mount it anywhere or run it with uvicorn."""
        if self._app is None:
            from ._app import BotApp

            self._app = BotApp(self)
        return self._app

    def run(self, host: str = "127.0.0.1", port: int = 8000, **uvicorn_options: Any) -> None:
        """Serve `asgi()` with uvicorn until interrupted (needs uvicorn: the `bot` extra)."""
        import uvicorn

        uvicorn_options.setdefault("log_level", "info")
        uvicorn.run(self.asgi(), host=host, port=port, lifespan="on", **uvicorn_options)

    def serving(
        self, host: str = "127.0.0.1", port: int = 0, **uvicorn_options: Any
    ) -> contextlib.AbstractContextManager[str]:
        """`with bot.serving() as url:` serves `asgi()` on a background thread (a free loopback port by
        default) and yields its base URL; leaving the block stops it after running handlers finish."""
        from ._serve import serving

        return serving(self.asgi(), host, port, **uvicorn_options)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: object = None) -> AsyncGenerator[None, None]:
        """For frameworks that do not pass lifespan events to mounted apps (Starlette/FastAPI `Mount`):
        `FastAPI(lifespan=bot.lifespan)` waits for running handlers on shutdown."""
        yield
        await self.drain()

    async def feed(self, body: WebhookBody) -> int:
        """Accept a webhook body (what `asgi()` does after checking the token); return how many events
        were new. Raises `WebhookParseError` for a body that is not a webhook; handlers run in background."""
        events = parse(body)
        accepted = 0
        for event in events:
            accepted += await self._accept(event)
        return accepted

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for every accepted delivery to be handled (those accepted meanwhile too); after `timeout`
        seconds cancel what is left."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._tasks:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            _, pending = await asyncio.wait(set(self._tasks), timeout=left)
            if pending and deadline is not None and time.monotonic() >= deadline:
                logger.warning("shutting down: cancelling %d handler(s) still running", len(pending))
                for task in pending:
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                return

    # --- one delivery ----------------------------------------------------------------------------------

    async def _accept(self, event: WebhookEvent) -> bool:
        chat = _chat_key(event)
        ticket = await self.store.record(_dedupe_keys(event), chat, self.dedupe_window)
        if ticket is None:
            logger.debug("redelivery of %s %s: already recorded, not handled again", event.event, event.id)
            return False
        task = asyncio.get_running_loop().create_task(self._run(event, chat, ticket))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def _run(self, event: WebhookEvent, chat: str | None, ticket: int) -> None:
        """Wait for the chat's turn and a slot, run the first matching handler between loading and saving
        the chat's state, hand the turn on. One coroutine for all of it: a bot allocates per delivery."""
        try:
            if chat is not None and (turn := self.store.wait_turn(chat, ticket)) is not None:
                await turn
            if self._gate is None:
                self._gate = asyncio.Semaphore(self.max_concurrency)
            async with self._gate:
                ctx = Context(event, self.client, loop=asyncio.get_running_loop())
                saved: str | None = None
                for handler in self._handlers:
                    if handler.event not in (event.event, ANY_EVENT) or not self._matches(handler, ctx):
                        continue
                    if saved is None:
                        ctx.state = await self.store.load_state(chat) if chat is not None else {}
                        saved = json.dumps(ctx.state, sort_keys=True) if ctx.state else ""
                    ctx._continue = False
                    try:
                        if handler.is_async:
                            await handler.fn(ctx)
                        else:
                            await self._call_sync(handler, ctx)
                    except Exception as exc:
                        _log_failure(f"handler {handler.name} failed on {event.event} {event.id or ''}", exc)
                        return  # a failed handler's state changes are not saved
                    if not ctx._continue:
                        break
                if saved is None:
                    self._log_unhandled(event)
                elif chat is not None and _changed(chat, ctx.state, saved):
                    await self.store.save_state(chat, ctx.state)
        except Exception as exc:  # the store failed: logged, and the next delivery still runs
            _log_failure(f"{event.event} {event.id or ''}: the bot's store failed", exc)
        finally:
            if chat is not None:
                try:
                    if (done := self.store.turn_done(chat, ticket)) is not None:
                        await done
                except Exception as exc:
                    _log_failure(f"chat {chat}: could not hand on the turn", exc)

    def _matches(self, handler: _Registered, ctx: Context) -> bool:
        if not handler.filters:
            return True
        try:
            return all(f(ctx) for f in handler.filters)
        except Exception as exc:
            _log_failure(f"a filter of handler {handler.name} raised; treated as no match", exc)
            return False

    async def _call_sync(self, handler: _Registered, ctx: Context) -> None:
        if self._threads is None:
            self._threads = ThreadPoolExecutor(self.max_concurrency, thread_name_prefix="sparkbot-bot")
        result = await asyncio.get_running_loop().run_in_executor(self._threads, handler.fn, ctx)
        if inspect.isawaitable(result):
            await result

    def _log_unhandled(self, event: WebhookEvent) -> None:
        if event.event in self._unhandled:
            logger.debug("no handler took %s %s", event.event, event.id or "")
            return
        self._unhandled.add(event.event)
        logger.info(
            "no handler took a %s event (logged once per event name): register one with "
            "@bot.on(%r) or @bot.on_message(...), or check its filters",
            event.event, event.event,
        )  # fmt: skip


def _changed(chat: str, state: dict[str, Any], saved: str) -> bool:
    """Whether `state` differs from what was loaded (`saved`, its JSON; "" for empty, the common case)."""
    try:
        return (json.dumps(state, sort_keys=True) if state else "") != saved
    except (TypeError, ValueError) as exc:
        _log_failure(f"chat {chat}: ctx.state holds a value JSON cannot store; not saved", exc)
        return False


def _is_async(fn: Callable[..., Any]) -> bool:
    call = getattr(fn, "__call__", None)  # noqa: B004 - async callable objects count too
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(call)


def _chat_key(event: WebhookEvent) -> str | None:
    chat = chat_of(event)
    if chat is None:
        return None
    device = event.device.id if event.device is not None and event.device.id else ""
    return f"{device}:{chat}"


def _dedupe_keys(event: WebhookEvent) -> Sequence[str]:
    keys = []
    if event.id:
        keys.append(f"event:{event.id}")
    if event.event in _BY_MESSAGE_ID:
        message = event.data.get("id") or event.data.get("wid")
        if isinstance(message, str) and message:
            device = event.device.id if event.device is not None else ""
            keys.append(f"message:{device}:{event.event}:{message}")
    if not keys:  # neither id: the same body again is the same delivery
        digest = hashlib.sha256(json.dumps(event.raw, sort_keys=True, default=str).encode()).hexdigest()
        keys.append(f"body:{digest}")
    return keys


def _log_failure(what: str, exc: BaseException) -> None:
    """Log an exception with its traceback in the message, where the redaction filter can see it."""
    trace = "".join(traceback.format_exception(exc)).rstrip()
    logger.error("%s:\n%s", what, trace)
