"""The ASGI app and the handling rules, in-process over httpx.ASGITransport: auth, bad bodies, dedupe,
order per chat, state, slow and failing handlers, unhandled events, shutdown."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sparkbot.bot import Bot, Context, MemoryStore, SQLiteStore, Store, filters

from .conftest import TOKEN, inbound, serve, wait_until

pytestmark = pytest.mark.anyio

STORES: dict[str, Callable[[Path], Store]] = {
    "memory": lambda _: MemoryStore(),
    "sqlite": lambda tmp: SQLiteStore(tmp / "bot.db"),
}


def http(bot: Bot) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=bot.asgi()), base_url="http://bot.test")


async def post(client: httpx.AsyncClient, body: Any, token: str | None = TOKEN) -> httpx.Response:
    params = {} if token is None else {"token": token}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return await client.post("/", params=params, content=content)


@pytest.fixture(params=[*STORES, "redis"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    if request.param == "redis":
        from sparkbot.bot import RedisStore

        made: Store = RedisStore(request.getfixturevalue("redis_url"), prefix=f"test:{uuid.uuid4().hex}")
    else:
        made = STORES[request.param](tmp_path)
    yield made
    await made.aclose()


def recording_bot(store: Store | None = None, **kwargs: Any) -> tuple[Bot, list[str]]:
    bot = Bot(None, token=TOKEN, store=store, **kwargs)
    seen: list[str] = []

    @bot.on_message()
    async def record(ctx: Context) -> None:
        seen.append(ctx.text or "")

    return bot, seen


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN + "x", TOKEN[:-1]])
async def test_a_wrong_or_missing_token_gets_401_and_runs_nothing(token: str | None) -> None:
    bot, seen = recording_bot()
    async with http(bot) as client:
        response = await post(client, inbound("secret"), token=token)
        assert response.status_code == 401
        await bot.drain()
        assert seen == []
        # nothing was recorded either: the same delivery with the right token is handled
        assert (await post(client, inbound("secret"))).json() == {"ok": True, "accepted": 1}
        await bot.drain()
    assert seen == ["secret"]


async def test_token_in_a_longer_query_and_percent_encoded() -> None:
    bot = Bot(None, token="a b&c=d/é")
    async with http(bot) as client:
        response = await client.post("/?x=1&token=a%20b%26c%3Dd%2F%C3%A9&y=2", content=json.dumps(inbound()))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "error"),
    [
        ("POST", "/", b"not json", 400, "not a webhook body"),
        ("POST", "/", b"", 400, "not a webhook body"),
        ("POST", "/", b"[1, 2]", 400, "not a webhook body"),
        ("POST", "/", b'{"data": {}}', 400, "not a webhook body"),
        ("GET", "/", b"", 405, "method not allowed: the bot answers POST"),
        ("POST", "/elsewhere", b"{}", 404, "not found: the bot answers POST on its root"),
    ],
)
async def test_requests_that_are_not_deliveries(
    method: str, path: str, body: bytes, status: int, error: str
) -> None:
    bot, seen = recording_bot()
    async with http(bot) as client:
        response = await client.request(method, path, params={"token": TOKEN}, content=body)
    assert response.status_code == status
    assert response.json()["ok"] is False and response.json()["error"].startswith(error)
    assert seen == []


async def test_a_refusal_is_compact_json_saying_why() -> None:
    """Refusals answer compact JSON, like the 200s, naming the problem."""
    bot, _ = recording_bot()
    async with http(bot) as client:
        response = await post(client, inbound(), token="wrong-token")
    assert response.content == b'{"ok":false,"error":"missing or wrong ?token="}'
    assert response.headers["content-type"] == "application/json"


async def test_a_body_past_the_limit_gets_413() -> None:
    bot, _ = recording_bot(max_body_bytes=1000)
    async with http(bot) as client:
        assert (await post(client, inbound("x" * 2000))).status_code == 413
        assert (await post(client, inbound("x" * 100))).status_code == 200
        await bot.drain()


async def test_a_redelivered_event_is_handled_once(store: Store) -> None:
    bot, seen = recording_bot(store)
    async with http(bot) as client:
        first = await post(client, inbound("one", event_id="e1", message_id="3EB0000000000000000001"))
        again = await post(client, inbound("one", event_id="e1", message_id="3EB0000000000000000001"))
        # a redelivery may carry a new event id; the message id still gives it away
        new_id = await post(client, inbound("one", event_id="e2", message_id="3EB0000000000000000001"))
        other = await post(client, inbound("two", event_id="e3", message_id="3EB0000000000000000002"))
        await bot.drain()
    assert [r.status_code for r in (first, again, new_id, other)] == [200] * 4
    assert [r.json()["accepted"] for r in (first, again, new_id, other)] == [1, 0, 0, 1]
    assert seen == ["one", "two"]


async def test_the_dedupe_window_ends(store: Store) -> None:
    bot, seen = recording_bot(store, dedupe_window=0.05)
    async with http(bot) as client:
        await post(client, inbound("a"))
        await asyncio.sleep(0.1)
        await post(client, inbound("a"))
        await bot.drain()
    assert seen == ["a", "a"]


async def test_a_batched_body_is_handled_event_by_event(store: Store) -> None:
    bot, seen = recording_bot(store)
    batch = [inbound(str(i), event_id=f"b{i}", message_id=f"3EB00000000000000000B{i}") for i in range(3)]
    async with http(bot) as client:
        assert (await post(client, batch)).json()["accepted"] == 3
        assert (await post(client, batch)).json()["accepted"] == 0
        await bot.drain()
    assert seen == ["0", "1", "2"]


async def test_each_chat_is_handled_in_order_under_concurrency(store: Store) -> None:
    bot = Bot(None, token=TOKEN, store=store, max_concurrency=16)
    handled: dict[str, list[int]] = {}
    running = 0
    most = 0

    @bot.on_message()
    async def slow(ctx: Context) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(random.uniform(0, 0.01))
        handled.setdefault(ctx.chat_id or "", []).append(int(ctx.text or 0))
        running -= 1

    chats = [f"3460011100{i}" for i in range(4)]
    random.seed(7)
    async with http(bot) as client:
        for n in range(15):
            for chat in chats:
                body = inbound(
                    str(n), event_id=f"{chat}-{n}", message_id=f"3EB0{chat}{n:04d}", phone="+" + chat
                )
                assert (await post(client, body)).status_code == 200
        await bot.drain()
    assert {chat: handled[chat + "@c.us"] for chat in chats} == {chat: list(range(15)) for chat in chats}
    assert most > 1  # different chats did run at the same time


async def test_max_concurrency_bounds_running_handlers() -> None:
    bot = Bot(None, token=TOKEN, max_concurrency=3)
    running = 0
    most = 0

    @bot.on_message()
    async def slow(ctx: Context) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.01)
        running -= 1

    async with http(bot) as client:
        for i in range(12):  # twelve different chats: only the gate holds them back
            await post(
                client, inbound(phone=f"+3460011{i:04d}", event_id=f"c{i}", message_id=f"3EB0C{i:018d}")
            )
        await bot.drain()
    assert most == 3


async def test_state_is_per_chat_and_saved_after_the_handler(store: Store) -> None:
    bot = Bot(None, token=TOKEN, store=store)

    @bot.on_message()
    async def count(ctx: Context) -> None:
        ctx.state["count"] = ctx.state.get("count", 0) + 1
        ctx.state.setdefault("texts", []).append(ctx.text)

    async with http(bot) as client:
        for i, phone in enumerate(["+34600000001", "+34600000001", "+34600000002", "+34600000001"]):
            await post(client, inbound(f"m{i}", phone=phone, event_id=f"s{i}", message_id=f"3EB0{i:020d}"))
        await bot.drain()
    key = DEVICE_ID + ":34600000001@c.us"
    assert await store.load_state(key) == {"count": 3, "texts": ["m0", "m1", "m3"]}
    assert await store.load_state(DEVICE_ID + ":34600000002@c.us") == {"count": 1, "texts": ["m2"]}


DEVICE_ID = inbound()["device"]["id"]


async def test_sqlite_keeps_state_and_dedupe_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"

    def make(store: Store) -> tuple[Bot, list[int]]:
        bot = Bot(None, token=TOKEN, store=store)
        counts: list[int] = []

        @bot.on_message()
        def count(ctx: Context) -> None:  # a sync handler
            ctx.state["n"] = ctx.state.get("n", 0) + 1
            counts.append(ctx.state["n"])

        return bot, counts

    first_store = SQLiteStore(path)
    bot, counts = make(first_store)
    async with http(bot) as client:
        await post(client, inbound(event_id="r1", message_id="3EB0000000000000000R01".replace("R", "E")))
        await post(client, inbound(event_id="r2", message_id="3EB0000000000000000E02"))
        await bot.drain()
    await first_store.aclose()
    assert counts == [1, 2]

    second_store = SQLiteStore(path)  # a new process would do the same: open the same file
    bot, counts = make(second_store)
    async with http(bot) as client:
        redelivered = await post(client, inbound(event_id="r2", message_id="3EB0000000000000000E02"))
        await post(client, inbound(event_id="r3", message_id="3EB0000000000000000E03"))
        await bot.drain()
    await second_store.aclose()
    assert redelivered.json()["accepted"] == 0
    assert counts == [3]


async def test_a_slow_handler_does_not_delay_the_200() -> None:
    bot = Bot(None, token=TOKEN)
    release = asyncio.Event()
    started = asyncio.Event()
    finished: list[str] = []

    @bot.on_message()
    async def slow(ctx: Context) -> None:
        started.set()
        await release.wait()
        finished.append(ctx.text or "")

    async with http(bot) as client:
        response = await asyncio.wait_for(post(client, inbound("slow")), timeout=5)
        assert response.status_code == 200
        await asyncio.wait_for(started.wait(), timeout=5)
        assert finished == []  # the 200 came while the handler was still waiting
        release.set()
        await bot.drain()
    assert finished == ["slow"]


async def test_a_failing_handler_is_logged_redacted_and_the_next_event_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from sparkbot import AsyncSparkBot

    key = "sk-live-9f8e7d6c5b4a3210"
    client = AsyncSparkBot(api_key=key, base_url="http://127.0.0.1:9/v1")
    bot = Bot(client, token=TOKEN)
    seen: list[str] = []

    @bot.on_message()
    async def flaky(ctx: Context) -> None:
        if ctx.text == "boom":
            raise RuntimeError(f"cannot use key {key} with token {TOKEN}")
        ctx.state["ok"] = True
        seen.append(ctx.text or "")

    with caplog.at_level(logging.ERROR, logger="sparkbot"):
        async with http(bot) as client_http:
            boom = await post(
                client_http, inbound("boom", event_id="f1", message_id="3EB0000000000000000F01")
            )
            fine = await post(
                client_http, inbound("fine", event_id="f2", message_id="3EB0000000000000000F02")
            )
            await bot.drain()
    await client.close()
    assert (boom.status_code, fine.status_code) == (200, 200)
    assert seen == ["fine"]
    [record] = [r for r in caplog.records if "failed" in r.getMessage()]
    text = record.getMessage()
    name = "test_a_failing_handler_is_logged_redacted_and_the_next_event_runs.<locals>.flaky"
    head = f"handler {name} failed on message:in:new f1:\nTraceback (most recent call last):\n  File "
    assert text.startswith(head) and text.endswith("\nRuntimeError: cannot use key *** with token ***")
    assert key not in text and TOKEN not in text and "***" in text
    assert record.exc_info is None  # the traceback is in the (redacted) message, not re-rendered raw


async def test_sync_handlers_run_on_the_bot_threads_up_to_max_concurrency() -> None:
    """Sync handlers run on the bot's own threads, as many at once as max_concurrency allows."""
    n = 33  # more than any default thread pool's 32 workers
    bot = Bot(None, token=TOKEN, max_concurrency=n)
    together = threading.Barrier(n, timeout=5)
    names: list[str] = []

    @bot.on_message()
    def blocking(ctx: Context) -> None:
        names.append(threading.current_thread().name)
        together.wait()  # passes only once all n run at the same time

    async with http(bot) as client:
        for i in range(n):
            await post(
                client, inbound(phone=f"+3460022{i:04d}", event_id=f"t{i}", message_id=f"3EB0T{i:018d}")
            )
        await bot.drain()
    assert not together.broken and len(names) == n
    assert all(name.startswith("sparkbot-bot_") for name in names), names


class AsyncCallable:
    """A handler object whose `__call__` is a coroutine function."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    async def __call__(self, ctx: Context) -> None:
        self.seen.append(f"object:{ctx.text}")


async def test_async_handlers_are_awaited_on_the_loop_without_starting_bot_threads() -> None:
    """An `async def` handler, or an object with an async `__call__`, never takes one of the bot's
    threads: only sync handlers start the thread pool."""
    before = {t.ident for t in threading.enumerate()}
    seen: list[str] = []
    bot = Bot(None, token=TOKEN)

    @bot.on_message(filters.contains("fn"))
    async def function(ctx: Context) -> None:
        seen.append(f"function:{ctx.text}")

    bot.on_message(filters.contains("obj"))(AsyncCallable(seen))
    async with http(bot) as client:
        await post(client, inbound("fn", event_id="a1", message_id="3EB0000000000000000A01"))
        await post(client, inbound("obj", event_id="a2", message_id="3EB0000000000000000A02"))
        await bot.drain()
    started = [t.name for t in threading.enumerate() if t.ident not in before]
    assert sorted(seen) == ["function:fn", "object:obj"]
    assert not [name for name in started if name.startswith("sparkbot-bot")], started


async def test_a_sync_handler_may_return_an_awaitable() -> None:
    """What a plain function returns, if awaitable (`lambda ctx: ctx.reply(...)`), is awaited."""
    bot = Bot(None, token=TOKEN)
    seen: list[str | None] = []

    async def note(text: str | None) -> None:
        seen.append(text)

    bot.on_message()(lambda ctx: note(ctx.text))
    async with http(bot) as client:
        await post(client, inbound("later"))
        await bot.drain()
    assert seen == ["later"]


class CountingStore(MemoryStore):
    """A MemoryStore that counts its state writes."""

    saves = 0

    async def save_state(self, chat: str, state: Any) -> None:
        self.saves += 1
        await super().save_state(chat, state)


async def test_state_is_written_only_when_a_handler_changed_it(caplog: pytest.LogCaptureFixture) -> None:
    """Unchanged state (empty or not, keys in any order) costs no write; a value JSON cannot hold is
    logged and not saved."""
    store = CountingStore()
    bot = Bot(None, token=TOKEN, store=store)

    @bot.on_message()
    async def touch(ctx: Context) -> None:
        if ctx.text == "set":
            ctx.state.update({"b": 1, "a": 2})
        elif ctx.text == "bad":
            ctx.state["when"] = {1, 2}

    chat = DEVICE_ID + ":34600111333@c.us"
    async with http(bot) as client:
        for i, text in enumerate(["look", "set", "look", "bad"]):
            await post(client, inbound(text, event_id=f"w{i}", message_id=f"3EB0W{i:018d}"))
            await bot.drain()
            assert store.saves == (0 if i == 0 else 1), text
    assert await store.load_state(chat) == {"a": 2, "b": 1}
    [failure] = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert failure.startswith(
        f"chat {chat}: ctx.state holds a value JSON cannot store; not saved:\nTraceback"
    )
    assert "TypeError" in failure


async def test_drain_with_a_timeout_lets_quick_handlers_finish() -> None:
    """`drain(timeout)` waits for handlers that finish within the timeout, cancelling none."""
    bot = Bot(None, token=TOKEN)
    done: list[str] = []

    @bot.on_message()
    async def quick(ctx: Context) -> None:
        await asyncio.sleep(0.05)
        done.append(ctx.text or "")

    async with http(bot) as client:
        await post(client, inbound("quick"))
        await bot.drain(timeout=10)
    assert done == ["quick"]


def test_botapp_and_redisstore_load_on_first_use() -> None:
    """`sparkbot.bot.BotApp` and `.RedisStore` resolve lazily; another name is an AttributeError."""
    import sparkbot.bot
    from sparkbot.bot._app import BotApp
    from sparkbot.bot._redis import RedisStore

    assert sparkbot.bot.BotApp is BotApp and type(Bot(None, token=TOKEN).asgi()) is BotApp
    assert sparkbot.bot.RedisStore is RedisStore
    with pytest.raises(AttributeError, match=r"^module 'sparkbot.bot' has no attribute 'Nope'$"):
        sparkbot.bot.Nope  # noqa: B018


async def test_a_failed_handler_does_not_save_its_state() -> None:
    store = MemoryStore()
    bot = Bot(None, token=TOKEN, store=store)

    @bot.on_message()
    async def half(ctx: Context) -> None:
        ctx.state["touched"] = True
        raise ValueError("stop")

    async with http(bot) as client:
        await post(client, inbound())
        await bot.drain()
    assert await store.load_state(DEVICE_ID + ":34600111333@c.us") == {}


async def test_first_matching_handler_wins_unless_it_continues() -> None:
    bot = Bot(None, token=TOKEN)
    calls: list[str] = []

    @bot.on_message(filters.command("start"))
    async def start(ctx: Context) -> None:
        calls.append("start")
        ctx.continue_handling()

    @bot.on_message(filters.text)
    async def text(ctx: Context) -> None:
        calls.append("text")

    @bot.on_message()
    async def anything(ctx: Context) -> None:
        calls.append("anything")

    @bot.on("*")
    async def every(ctx: Context) -> None:
        calls.append(f"every {ctx.event.event}")

    async with http(bot) as client:
        await post(client, inbound("/start", event_id="c1", message_id="3EB0000000000000000C01"))
        await bot.drain()
        assert calls == ["start", "text"]
        calls.clear()
        await post(client, inbound("plain", event_id="c2", message_id="3EB0000000000000000C02"))
        await bot.drain()
        assert calls == ["text"]
        calls.clear()
        session = {
            "id": "c3",
            "event": "number:session",
            "device": inbound()["device"],
            "data": {"status": "online"},
        }
        await post(client, session)
        await bot.drain()
        assert calls == ["every number:session"]


async def test_an_unhandled_event_is_logged_once_at_info(caplog: pytest.LogCaptureFixture) -> None:
    bot = Bot(None, token=TOKEN)

    @bot.on_message(filters.command("start"))
    async def start(ctx: Context) -> None:
        pass

    no_id = inbound("hello", message_id="3EB0000000000000000000N")
    del no_id["id"]
    with caplog.at_level(logging.DEBUG, logger="sparkbot"):
        async with http(bot) as client:
            for i in range(3):
                await post(client, inbound("hello", event_id=f"u{i}", message_id=f"3EB000000000000000000{i}"))
            await post(client, no_id)
            await post(client, {"id": "u9", "event": "chat:update", "data": {"id": "x"}})
            await bot.drain()
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    hint = (
        "no handler took a {0} event (logged once per event name): register one with @bot.on('{0}') or "
        "@bot.on_message(...), or check its filters"
    )
    assert sorted(infos) == [hint.format("chat:update"), hint.format("message:in:new")]
    # later ones at debug, naming the event and its id (none for a delivery without one)
    debugs = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert [m.split() for m in debugs if m.startswith("no handler took")] == [
        ["no", "handler", "took", "message:in:new", "u1"],
        ["no", "handler", "took", "message:in:new", "u2"],
        ["no", "handler", "took", "message:in:new"],
    ]


async def test_a_raising_filter_counts_as_no_match(caplog: pytest.LogCaptureFixture) -> None:
    bot = Bot(None, token=TOKEN)
    calls: list[str] = []

    def broken(ctx: Context) -> bool:
        raise KeyError("nope")

    @bot.on_message(broken)
    async def never(ctx: Context) -> None:
        calls.append("never")

    @bot.on_message()
    async def fallback(ctx: Context) -> None:
        calls.append("fallback")

    async with http(bot) as client:
        await post(client, inbound())
        await bot.drain()
    assert calls == ["fallback"]
    assert any("a filter of handler" in r.getMessage() for r in caplog.records)


def test_shutdown_waits_for_running_handlers() -> None:
    bot = Bot(None, token=TOKEN)
    done: list[str] = []
    started: list[str] = []

    @bot.on_message()
    async def slow(ctx: Context) -> None:
        started.append("x")
        await asyncio.sleep(0.5)
        done.append(ctx.text or "")

    with serve(bot.asgi()) as url:
        response = httpx.post(f"{url}/?token={TOKEN}", json=inbound("bye"))
        assert response.status_code == 200
        wait_until(lambda: started, what="the handler to start")
    # the server is stopped: lifespan shutdown returned only after the handler finished
    assert done == ["bye"]


async def test_drain_timeout_cancels_what_is_left(caplog: pytest.LogCaptureFixture) -> None:
    """drain(timeout) warns, cancels the handlers still running and returns once they have unwound."""
    bot = Bot(None, token=TOKEN)
    unwound: list[str] = []

    @bot.on_message()
    async def stuck(ctx: Context) -> None:
        try:
            await asyncio.sleep(60)
        finally:
            await asyncio.sleep(0.01)  # cleanup that takes a moment: drain waits for it
            unwound.append("stuck")

    async with http(bot) as client:
        await post(client, inbound())
        await asyncio.sleep(0)
        # it returns by its timeout (0.9 s is far past it even on a loaded machine)
        await asyncio.wait_for(bot.drain(timeout=0.05), timeout=0.9)
        assert unwound == ["stuck"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["shutting down: cancelling 1 handler(s) still running"]


async def test_a_store_that_fails_while_handling_is_logged_and_the_next_delivery_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A store failing after a delivery was accepted is logged with the event and its traceback."""

    class Flaky(MemoryStore):
        failures = 1

        async def load_state(self, chat: str) -> dict[str, Any]:
            if Flaky.failures:
                Flaky.failures -= 1
                raise ConnectionError("state down")
            return await super().load_state(chat)

    bot, seen = recording_bot(Flaky())
    async with http(bot) as client:
        await post(client, inbound("first", event_id="e-1"))
        await bot.drain()
        await post(client, inbound("second", event_id="e-2", message_id="3EB0AAAA0000000000000002"))
        await bot.drain()
    assert seen == ["second"]
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].startswith("message:in:new e-1: the bot's store failed:\nTraceback")
    assert errors[0].endswith("ConnectionError: state down")


async def test_a_store_that_fails_gets_503_so_the_sender_retries(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(MemoryStore):
        async def record(self, keys: Any, chat: Any, window: float) -> int | None:
            raise ConnectionError("store down")

    bot, seen = recording_bot(Broken())
    with caplog.at_level(logging.ERROR, logger="sparkbot"):
        async with http(bot) as client:
            response = await post(client, inbound())
    assert response.status_code == 503
    assert response.json() == {"ok": False, "error": "the bot could not record the delivery; retry later"}
    assert seen == []
    [line] = error_lines(caplog)
    head = "could not record a delivery (answered 503 so the sender retries):\nTraceback"
    assert line.startswith(head) and line.endswith("ConnectionError: store down")


def test_a_handler_for_an_unknown_event_name_is_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    bot = Bot(None, token=TOKEN)
    with caplog.at_level(logging.WARNING, logger="sparkbot"):
        bot.on("message:in:New")(lambda ctx: None)
        bot.on("message:out:ack")(lambda ctx: None)
        bot.on("*")(lambda ctx: None)
    [record] = caplog.records
    from sparkbot.webhooks import EVENTS

    known = ", ".join(EVENTS)
    warning = f"handler for 'message:in:New': not an event SparkBot is known to send ({known})"
    assert record.getMessage() == warning


def test_bad_arguments_are_refused_before_serving() -> None:
    """Each bad argument is named with its rule (and its value, the token excepted); the limits pass."""
    from sparkbot import SparkBotValidationError

    secret = "a secret of at least 8 characters is required (e.g. secrets.token_urlsafe())"
    bad: list[tuple[dict[str, Any], str, str, Any]] = [
        ({"token": ""}, "token", secret, None),
        ({"token": "7chars!"}, "token", secret, None),
        ({"token": TOKEN, "max_concurrency": 0}, "max_concurrency", "must be at least 1", 0),
        ({"token": TOKEN, "dedupe_window": 0}, "dedupe_window", "must be positive seconds", 0),
    ]
    for kwargs, field, rule, value in bad:
        with pytest.raises(SparkBotValidationError) as info:
            Bot(None, **kwargs)  # type: ignore[arg-type]
        assert (info.value.field, info.value.rule, info.value.value) == (field, rule, value)
    at_limits = Bot(None, token="8chars!!", max_concurrency=1, dedupe_window=0.001)
    assert (at_limits.max_concurrency, Bot(None, token=TOKEN).max_concurrency) == (1, 32)
    with pytest.raises(SparkBotValidationError) as info:
        Bot(None, token=TOKEN).on("")
    assert (info.value.field, info.value.rule, info.value.value) == (
        "event",
        "a webhook event name (or '*') is required",
        "",
    )
    with pytest.raises(TypeError) as wrong:
        Bot(None, token=TOKEN).on_message()(42)  # type: ignore[type-var]
    assert str(wrong.value) == "a handler must be callable, got int"


async def test_memory_store_keeps_at_most_max_keys() -> None:
    store = MemoryStore(max_keys=4)
    for i in range(6):
        assert await store.record([f"k{i}"], None, 60) == 0
    assert await store.record(["k0"], None, 60) == 0  # the oldest were let go
    assert await store.record(["k5"], None, 60) is None  # the newest are still known


def test_the_bot_token_is_redacted_from_sparkbot_logs(caplog: pytest.LogCaptureFixture) -> None:
    """Making a Bot registers its token as a secret: a sparkbot log line never shows it."""
    token = "bot-secret-" + uuid.uuid4().hex
    Bot(None, token=token)
    logging.getLogger("sparkbot").warning("delivery to /?token=%s", token)
    assert token not in caplog.text and "delivery to /?token=" in caplog.text


class KeyRecordingStore(MemoryStore):
    """A MemoryStore that keeps the dedupe keys and chat keys the bot hands it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[list[str], str | None]] = []

    async def record(self, keys: Any, chat: str | None, window: float) -> int | None:
        self.calls.append((list(keys), chat))
        return await super().record(keys, chat, window)


async def test_a_store_gets_keys_naming_the_event_the_message_and_the_device() -> None:
    """A custom store sees stable keys: the event id, the message per device (an empty device part
    when the delivery names no device), and the chat as "<device id>:<chat id>"."""
    store = KeyRecordingStore()
    bot, seen = recording_bot(store)
    no_device = {k: v for k, v in inbound("two", event_id="k2", message_id="3EB0K2").items() if k != "device"}
    no_device_id = {
        **inbound("three", event_id="k3", message_id="3EB0K3"),
        "device": {"phone": "+34600111222"},
    }
    async with http(bot) as client:
        for body in (inbound("one", event_id="k1", message_id="3EB0K1"), no_device, no_device_id):
            assert (await post(client, body)).status_code == 200
        await bot.drain()
    assert seen == ["one", "two", "three"]
    device = "6650f1a2b3c4d5e6f7a8b9c0"
    assert [keys for keys, _ in store.calls[:2]] == [
        ["event:k1", f"message:{device}:message:in:new:3EB0K1"],
        ["event:k2", "message::message:in:new:3EB0K2"],
    ]
    assert [chat for _, chat in store.calls] == [f"{device}:34600111333@c.us", *[":34600111333@c.us"] * 2]


def error_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]


async def test_the_bots_log_lines_name_what_failed_in_exact_words(caplog: pytest.LogCaptureFixture) -> None:
    """A raising filter, a failing handler on a delivery without an event id, and a store that cannot
    hand a chat's turn on each log one line saying which, with the traceback."""

    class TurnStuck(MemoryStore):
        def turn_done(self, chat: str, ticket: int) -> Any:
            super().turn_done(chat, ticket)
            raise RuntimeError("turn lost")

    bot = Bot(None, token=TOKEN, store=TurnStuck())

    def bad_filter(ctx: Context) -> bool:
        raise ValueError("filter broke")

    @bot.on_message(bad_filter)
    async def never(ctx: Context) -> None:
        raise AssertionError("a raising filter is no match")

    @bot.on_message()
    async def failing(ctx: Context) -> None:
        raise KeyError("handler broke")

    no_event_id = {k: v for k, v in inbound("x", message_id="3EB0L2").items() if k != "id"}
    async with http(bot) as client:
        await post(client, no_event_id)
        await bot.drain()
    where = "test_the_bots_log_lines_name_what_failed_in_exact_words.<locals>"
    filter_line, handler_line, turn_line = error_lines(caplog)
    assert filter_line.startswith(
        f"a filter of handler {where}.never raised; treated as no match:\nTraceback"
    )
    assert filter_line.endswith("ValueError: filter broke")
    assert handler_line.startswith(f"handler {where}.failing failed on message:in:new :\nTraceback")
    assert handler_line.endswith("KeyError: 'handler broke'")
    device = "6650f1a2b3c4d5e6f7a8b9c0"
    assert turn_line.startswith(f"chat {device}:34600111333@c.us: could not hand on the turn:\nTraceback")
    assert turn_line.endswith("RuntimeError: turn lost")


async def test_a_redelivery_is_logged_at_debug_with_its_event(caplog: pytest.LogCaptureFixture) -> None:
    bot, seen = recording_bot()
    with caplog.at_level(logging.DEBUG, logger="sparkbot"):
        async with http(bot) as client:
            for _ in range(2):
                assert (await post(client, inbound("once", event_id="r1"))).status_code == 200
            await bot.drain()
    assert seen == ["once"]
    debug = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.DEBUG and "redelivery" in r.getMessage()
    ]
    assert debug == ["redelivery of message:in:new r1: already recorded, not handled again"]


async def test_a_store_failing_on_a_delivery_without_event_id_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class StateDown(MemoryStore):
        async def load_state(self, chat: str) -> dict[str, Any]:
            raise ConnectionError("state down")

    bot, seen = recording_bot(StateDown())
    no_event_id = {k: v for k, v in inbound("x").items() if k != "id"}
    async with http(bot) as client:
        await post(client, no_event_id)
        await bot.drain()
    assert seen == []
    [line] = error_lines(caplog)
    assert line.startswith("message:in:new : the bot's store failed:\nTraceback")


async def test_an_event_without_a_chat_has_state_only_in_memory() -> None:
    """A session event belongs to no chat: its handler gets an empty ctx.state, and the store is not
    asked to load or save state for it."""
    asked: list[str] = []

    class Watching(MemoryStore):
        async def load_state(self, chat: str) -> dict[str, Any]:
            asked.append(f"load {chat}")
            return await super().load_state(chat)

        async def save_state(self, chat: str, state: dict[str, Any]) -> None:
            asked.append(f"save {chat}")
            await super().save_state(chat, state)

    bot = Bot(None, token=TOKEN, store=Watching())
    states: list[dict[str, Any]] = []

    @bot.on("number:session")
    async def session(ctx: Context) -> None:
        states.append(dict(ctx.state))
        ctx.state["seen"] = True

    event = {
        "id": "s1",
        "event": "number:session",
        "device": inbound()["device"],
        "data": {"status": "online"},
    }
    async with http(bot) as client:
        await post(client, event)
        await post(client, {**event, "id": "s2"})
        await bot.drain()
    assert states == [{}, {}]
    assert asked == []


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/hooks", 200),
        ("/hooks/", 200),
        ("/hooks/elsewhere", 404),
        ("/elsewhere", 404),
        ("/x", 404),
        ("/", 200),
    ],
)
async def test_a_bot_mounted_under_a_root_path_answers_on_that_root(path: str, status: int) -> None:
    """Mounted at /hooks (ASGI root_path, the path given in full as Starlette does), the bot answers
    there; a path outside the mount is not stripped into a match. ("/" is how servers that strip the
    root themselves pass the mount's root.)"""
    bot, _ = recording_bot()
    transport = httpx.ASGITransport(app=bot.asgi(), root_path="/hooks")
    async with httpx.AsyncClient(transport=transport, base_url="http://bot.test") as client:
        response = await client.post(path, params={"token": TOKEN}, content=json.dumps(inbound()))
    assert response.status_code == status, response.text
