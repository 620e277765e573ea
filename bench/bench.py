"""Measure what users pay for sparkbot: import, per-call overhead, async throughput, scaling, memory.

Everything runs in one go, side by side with raw httpx (the floor) and, when the `bench` extra is
installed, the peer SDKs. All HTTP goes to an in-process httpx.MockTransport: no network, no server.
Usage: python bench/bench.py [--quick] [--out bench/RESULTS.md] | --floor
The numbers are measurements, not assertions: nothing here fails because something is slow.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

DEVICE = "5f0c1a2b3c4d5e6f7a8b9c0d"
BASE = "http://bench.invalid/v1"
DEVICE_JSON = {"id": DEVICE, "alias": "main", "phone": "+34600111222", "session": {"status": "online"}}
PEERS = ("httpx", "sparkbot", "openai", "stripe", "pywa")
MESSAGE_JSON = {"id": "6a0c1a2b3c4d5e6f7a8b9c0d", "status": "queued", "phone": "+34600111222"}


def installed(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def run_python(code: str) -> float:
    """Wall time of a fresh interpreter running `code`, less nothing: callers subtract the baseline."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def cold(code: str, runs: int) -> tuple[float, float]:
    run_python(code)  # warm __pycache__ and the OS file cache
    times = [run_python(code) for _ in range(runs)]
    return min(times), statistics.median(times)


def mock_transport(payload: Any) -> httpx.MockTransport:
    """The same JSON for every request, 201 for a POST (as the API answers a send) and 200 otherwise."""
    body = json.dumps(payload).encode()
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201 if request.method == "POST" else 200, headers=headers, content=body)

    return httpx.MockTransport(handler)


def sparkbot_client(payload: Any, own: bool = True) -> Any:
    """Set up as SparkBot sets up its own client (its httpx client class, which keeps no cookies; base URL,
    Token, User-Agent, retries), over a mock transport; `own=False`: a caller's plain httpx.Client."""
    from sparkbot import RetryTransport, SparkBot
    from sparkbot._client import _OwnClient

    headers = {"Token": "bench-key", "User-Agent": f"sparkbot-python/{installed('sparkbot')}"}
    transport = RetryTransport(transport=mock_transport(payload))
    cls = _OwnClient if own else httpx.Client
    http = cls(base_url=BASE, headers=headers, transport=transport)
    return SparkBot(api_key="bench-key", base_url=BASE, http_client=http)


def raw_get(keep_cookies: bool = True) -> Callable[[], Any]:
    """A raw GET of the device + `.json()`, as users write one, or (`keep_cookies=False`) on the httpx
    client class SparkBot makes for itself, which keeps no cookies: the layering measured alone."""
    from sparkbot._client import _OwnClient

    cls = httpx.Client if keep_cookies else _OwnClient
    raw = cls(base_url=BASE, transport=mock_transport(DEVICE_JSON), headers={"Token": "k"})
    return lambda: raw.get(f"/devices/{DEVICE}").json()


def per_call(fn: Callable[[], Any], calls: int, rounds: int = 5) -> float:
    """Microseconds per call: the best of `rounds` rounds of `calls` calls."""
    return interleaved({"": fn}, calls, rounds)[""]


def interleaved(runs: dict[str, Callable[[], Any]], calls: int, rounds: int = 5) -> dict[str, float]:
    """Microseconds per call of each run: the best of `rounds` rounds of `calls` calls, the runs taking
    turns within each round, so a slow spell of the machine (or the garbage collector) touches all alike."""
    for fn in runs.values():
        fn()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, fn in runs.items():
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            best[name] = min(best[name], (time.perf_counter() - start) / calls * 1e6)
    return best


def bench_imports(runs: int) -> list[tuple[str, float, float]]:
    baseline, _ = cold("pass", runs)
    rows = []
    targets = [("httpx", "import httpx"), ("sparkbot", "import sparkbot")]
    for name in ("openai", "stripe", "pywa"):
        if installed(name):
            targets.append((name, f"import {name}"))
    for name, code in targets:
        best, median = cold(code, runs)
        rows.append((f"import {name}", best - baseline, median - baseline))
    first_raw = (
        "import httpx, json;"
        f"t = httpx.MockTransport(lambda r: httpx.Response(200, json={{'status': 'online'}}));"
        f"c = httpx.Client(base_url={BASE!r}, transport=t, headers={{'Token': 'k'}});"
        f"c.get('/devices/{DEVICE}/sync').json()"
    )
    first_sparkbot = (
        "import httpx; from sparkbot import SparkBot;"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'status': 'online'}));"
        f"h = httpx.Client(base_url={BASE!r}, transport=t);"
        f"c = SparkBot(api_key='k', base_url={BASE!r}, http_client=h);"
        f"c.sessions.sync({DEVICE!r})"
    )
    for name, code in (("first call: raw httpx", first_raw), ("first call: sparkbot", first_sparkbot)):
        best, median = cold(code, runs)
        rows.append((name, best - baseline, median - baseline))
    return rows


def bench_calls(calls: int) -> list[tuple[str, float]]:
    client = sparkbot_client(DEVICE_JSON)
    sender = sparkbot_client(MESSAGE_JSON)
    plain = sparkbot_client(DEVICE_JSON, own=False)

    def send() -> Any:
        return sender.messages.send_text(device=DEVICE, phone="+34600111222", message="hi")

    poster = httpx.Client(base_url=BASE, transport=mock_transport(MESSAGE_JSON), headers={"Token": "k"})
    payload = {"device": DEVICE, "phone": "+34600111222", "message": "hi"}
    runs: dict[str, Callable[[], Any]] = {
        "raw httpx get + .json()": raw_get(),
        "raw httpx post + .json()": lambda: poster.post("/messages", json=payload).json(),
        "sparkbot devices.get": lambda: client.devices.get(DEVICE),
        "sparkbot messages.send_text": send,
        "sparkbot devices.get, caller's plain httpx.Client": lambda: plain.devices.get(DEVICE),
        "raw httpx get + .json(), keeping no cookies": raw_get(keep_cookies=False),
    }
    rows = list(interleaved(runs, calls).items())
    if installed("openai"):
        openai = importlib.import_module("openai")
        model = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}
        peer = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=mock_transport(model)))
        retrieve = per_call(lambda: peer.models.retrieve("gpt-4o"), calls)
        rows.append(("openai models.retrieve (peer)", retrieve))
    return rows


async def bench_async(total: int, in_flight: int) -> list[tuple[str, float]]:
    from sparkbot import AsyncSparkBot, RetryTransport
    from sparkbot._client import _OwnAsyncClient

    body = json.dumps(MESSAGE_JSON).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, headers={"content-type": "application/json"}, content=body)

    raw = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler), headers={"Token": "k"})
    # Set up as AsyncSparkBot sets up its own client (as in sparkbot_client), over a mock transport.
    headers = {"Token": "k", "User-Agent": f"sparkbot-python/{installed('sparkbot')}"}
    retrying = RetryTransport(async_transport=httpx.MockTransport(handler))
    own = _OwnAsyncClient(base_url=BASE, headers=headers, transport=retrying)
    client = AsyncSparkBot(api_key="k", base_url=BASE, http_client=own)
    payload = {"device": DEVICE, "phone": "+34600111222", "message": "hi"}

    async def run(call: Callable[[], Any]) -> float:
        gate = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with gate:
                await call()

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(total)))
        return total / (time.perf_counter() - start)

    async def raw_post() -> Any:  # the answer read, as the other raw rows read theirs
        return (await raw.post("/messages", json=payload)).json()

    rows = [
        ("raw httpx AsyncClient post + .json()", await run(raw_post)),
        (
            "sparkbot messages.send_text",
            await run(lambda: client.messages.send_text(DEVICE, phone="+34600111222", message="hi")),
        ),
    ]
    await raw.aclose()
    await client.close()
    return rows


def scale_point(n: int, calls: int) -> tuple[int, float, float]:
    """One page of `n` devices: raw httpx decodes JSON, sparkbot also builds `n` typed models."""
    devices = [{**DEVICE_JSON, "alias": f"d{i}"} for i in range(n)]
    raw = httpx.Client(base_url=BASE, transport=mock_transport(devices))
    client = sparkbot_client(devices)
    count = max(5, calls // n)
    raw_us = per_call(lambda: raw.get("/devices").json(), count)
    ours_us = per_call(lambda: client.with_raw_response.devices.list(size=n + 1).parsed, count)
    return n, raw_us, ours_us


def bench_scaling(calls: int) -> list[tuple[int, float, float]]:
    return [scale_point(n, calls) for n in (10, 100, 1000)]


def bench_memory() -> list[tuple[str, float]]:
    code = (
        "import httpx\n"
        "def rss():\n"
        "    return int(open('/proc/self/statm').read().split()[1]) * 4096 / 2**20\n"
        "r0 = rss()\n"
        "from sparkbot import SparkBot\n"
        "r1 = rss()\n"
        f"cs = [SparkBot(api_key='k', base_url={BASE!r}) for _ in range(100)]\n"
        "r2 = rss()\n"
        "print(r0, r1, r2)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    r0, r1, r2 = (float(x) for x in out.split())
    return [("after import httpx", r0), ("+ from sparkbot import SparkBot", r1), ("+ 100 clients", r2)]


def delivery_bodies(total: int) -> list[bytes]:
    """`total` distinct message:in:new deliveries spread over 100 chats."""
    device = {"id": DEVICE, "phone": "+34600111222", "alias": "main", "plan": "platform"}
    bodies = []
    for i in range(total):
        phone = f"+3460000{i % 100:04d}"
        data = {
            "id": f"3EB0{i:020X}",
            "type": "text",
            "flow": "inbound",
            "body": f"message {i}",
            "fromNumber": phone,
            "chat": {"id": phone[1:] + "@c.us", "type": "chat"},
        }
        envelope = {"id": f"evt{i}", "object": "message", "event": "message:in:new", "device": device}
        bodies.append(json.dumps({**envelope, "data": data}).encode())
    return bodies


async def deliveries_per_second(app: Any, bodies: list[bytes], in_flight: int, done: Any = None) -> float:
    """POST every body to `app` over httpx.ASGITransport, `in_flight` at a time; include `done()` (the
    bot's drain: its handlers finishing) in the time."""
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench.invalid")
    gate = asyncio.Semaphore(in_flight)
    headers = {"content-type": "application/json"}

    async def one(body: bytes) -> None:
        async with gate:
            response = await client.post("/?token=bench-token", content=body, headers=headers)
            assert response.status_code == 200, response.text

    start = time.perf_counter()
    await asyncio.gather(*(one(body) for body in bodies))
    if done is not None:
        await done()
    elapsed = time.perf_counter() - start
    await client.aclose()
    return len(bodies) / elapsed


async def bench_bot(total: int, in_flight: int, rounds: int) -> list[tuple[str, float]]:
    """Bot deliveries/s with a no-op handler per store, beside a bare Starlette endpoint (parse JSON, 200)."""
    import tempfile

    from sparkbot.bot import Bot, Context, MemoryStore, SQLiteStore, Store
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    async def endpoint(request: Request) -> Response:
        await request.json()
        return Response(status_code=200)

    bare = Starlette(routes=[Route("/", endpoint, methods=["POST"])])

    def bot_with(store: Store) -> Bot:
        bot = Bot(None, token="bench-token", store=store)

        @bot.on_message()
        async def noop(ctx: Context) -> None:
            pass

        return bot

    def bot_case(store_factory: Callable[[], Store]) -> Callable[[], Any]:
        def make() -> Any:
            store = store_factory()
            bot = bot_with(store)
            return bot.asgi(), bot.drain, store.aclose

        return make

    bodies = delivery_bodies(total)
    folder = tempfile.mkdtemp(prefix="sparkbot-bench-")
    counter = iter(range(10**6))
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("bare Starlette endpoint (json + 200)", lambda: (bare, None, None)),
        ("bot.asgi(), MemoryStore", bot_case(MemoryStore)),
        ("bot.asgi(), SQLiteStore", bot_case(lambda: SQLiteStore(f"{folder}/{next(counter)}.db"))),
    ]
    with contextlib.ExitStack() as stack:
        try:
            from sparkbot.bot import RedisStore
            from sparkbot.testing import redis_server

            url = stack.enter_context(redis_server())
            redis = bot_case(lambda: RedisStore(url, prefix=f"bench:{next(counter)}"))
            cases.append(("bot.asgi(), RedisStore (local redis-server)", redis))
        except (FileNotFoundError, ImportError) as exc:
            missing = f"bot.asgi(), RedisStore: not measured ({exc})"
        else:
            missing = ""
        best = dict.fromkeys((name for name, _ in cases), 0.0)
        for _, make in cases:  # warm up every case (imports, first connections) before timing any
            app, done, close = make()
            await deliveries_per_second(app, bodies[:50], in_flight, done)
            if close is not None:
                await close()
        for _ in range(rounds):  # the cases take turns, so a busy moment on the machine hits all of them
            for name, make in cases:
                app, done, close = make()  # a fresh store each round: the same bodies are new deliveries
                best[name] = max(best[name], await deliveries_per_second(app, bodies, in_flight, done))
                if close is not None:
                    await close()
    rows = list(best.items())
    if missing:
        rows.append((missing, float("nan")))
    return rows


def bot_in_fresh_process(total: int, rounds: int) -> list[tuple[str, float]]:
    """`bench_bot` in its own interpreter, as a bot runs: this one holds the peer SDKs by now, and a
    bigger heap makes every full garbage collection dearer, for the bot more than for the bare app."""
    cmd = [sys.executable, __file__, "--bot-rows", str(total), str(rounds)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [(name, float(rate)) for name, rate in json.loads(out)]


def report(quick: bool) -> str:
    runs, calls = (3, 200) if quick else (9, 2000)
    total, in_flight = (500, 50) if quick else (5000, 200)
    imports = bench_imports(runs)
    calls_rows = bench_calls(calls)
    async_rows = asyncio.run(bench_async(total, in_flight))
    scaling = bench_scaling(calls)
    memory = bench_memory()
    deliveries, bot_rounds = (300, 1) if quick else (3000, 5)
    bot_rows = bot_in_fresh_process(deliveries, bot_rounds)
    bare_rate = bot_rows[0][1]
    by_name = {name: best for name, best, _ in imports}
    per = dict(calls_rows)
    floor = per["raw httpx get + .json()"]
    through_plain = per["sparkbot devices.get, caller's plain httpx.Client"] / floor
    over_cookieless = per["sparkbot devices.get"] / per["raw httpx get + .json(), keeping no cookies"]
    post_floor = per["raw httpx post + .json()"]
    lines = [
        "# Benchmarks",
        "",
        f"Made by `make bench{' QUICK=1' if quick else ''}` on {time.strftime('%Y-%m-%d')}: "
        f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        + ", ".join(f"{d} {installed(d)}" for d in PEERS if installed(d))
        + ".",
        "All HTTP goes to an in-process `httpx.MockTransport`. Targets are goals, not test assertions.",
        "",
        f"## Cold import and first call (fresh process, less an empty interpreter; {runs} runs)",
        "",
        "| what | min ms | median ms |",
        "|---|---:|---:|",
        *[f"| {name} | {best * 1e3:.1f} | {median * 1e3:.1f} |" for name, best, median in imports],
        "",
        f"`import sparkbot` / `import httpx`: **{by_name['import sparkbot'] / by_name['import httpx']:.2f}x**"
        " "
        "(target ≤ 0.15x); first call sparkbot / raw httpx: "
        f"**{by_name['first call: sparkbot'] / by_name['first call: raw httpx']:.2f}x** (target ≤ 2x).",
        "",
        f"## Per-call overhead (best of 5 interleaved rounds of {calls} calls)",
        "",
        "| call | µs per call | x raw httpx |",
        "|---|---:|---:|",
        *[f"| {name} | {us:.1f} | {us / floor:.2f}x |" for name, us in calls_rows],
        "",
        f"`devices.get` / raw get: **{per['sparkbot devices.get'] / floor:.2f}x** (target ≤ 1.10x); "
        f"`send_text` / raw post: **{per['sparkbot messages.send_text'] / post_floor:.2f}x**"
        " (target ≤ 1.15x). The column above divides by the raw GET. SparkBot's own httpx client keeps no"
        " cookie a reply sets (the API needs none), which spares httpx's cookie parsing of every reply;"
        " the last two rows show the layering alone: `devices.get` through a caller's plain httpx client"
        f" is **{through_plain:.2f}x** the raw GET, and through sparkbot's own client"
        f" **{over_cookieless:.2f}x** a raw GET that keeps no cookies either.",
        "",
        f"## Async throughput ({total} calls, {in_flight} in flight)",
        "",
        "| client | calls/s | x raw httpx |",
        "|---|---:|---:|",
        *[f"| {name} | {rate:,.0f} | {rate / async_rows[0][1]:.2f}x |" for name, rate in async_rows],
        "",
        "Target: ≥ 0.90x raw httpx.",
        "",
        f"## Bot webhook deliveries ({deliveries} over 100 chats, 50 in flight, best of {bot_rounds})",
        "",
        "Through `httpx.ASGITransport`; the bot's time includes running every no-op handler (`drain()`).",
        "",
        "| receiver | deliveries/s | x bare Starlette |",
        "|---|---:|---:|",
        *[f"| {name} | {rate:,.0f} | {rate / bare_rate:.2f}x |" for name, rate in bot_rows],
        "",
        "Targets: ≥ 0.8x with MemoryStore, ≥ 0.5x with SQLiteStore; RedisStore reported. On a busy"
        " machine the ratios move by ±0.1 from run to run; most of the bot's gap is garbage collection"
        " (it keeps each event until its handler ran: with `gc` off MemoryStore measured 1.0x), which is"
        " why this section runs in a fresh interpreter, as a bot would, not beside the peer SDKs.",
        "",
        "## Scaling with response size (devices list)",
        "",
        "One page of n devices: raw httpx GET + `.json()`, sparkbot the same page parsed to models.",
        "",
        "| items | raw httpx µs | sparkbot µs | sparkbot µs per item | x raw httpx |",
        "|---:|---:|---:|---:|---:|",
        *[
            f"| {n} | {raw:.0f} | {ours:.0f} | {ours / n:.2f} | {ours / raw:.2f}x |"
            for n, raw, ours in scaling
        ],
        "",
        "Target: a 1,000-item page ≤ 4x raw `.json()`.",
        "",
        "## Memory (resident set size)",
        "",
        "| point | MiB |",
        "|---|---:|",
        *[f"| {name} | {mib:.1f} |" for name, mib in memory],
        "",
    ]
    return "\n".join(lines)


def bench_floor(rounds: int = 15, calls: int = 500) -> list[tuple[str, float]]:
    """The least `devices.get` can cost in this design (`--floor`; bench/PROFILE.md gives the figures).

    `floor_get` does, in one frame, only what the call must: its options, each argument's quick rule test,
    the path-segment check, the request built and sent through the same caller's httpx client and its
    RetryTransport, the body read, the status checked, the Device model built. It leaves out the URL-size
    guard, exactly-one groups and the device book, so the real floor is a little higher. Timed in
    interleaved rounds with the raw GET, `client.devices.get` (SparkBot's own httpx client, which keeps no
    cookies), a raw GET that keeps none either, and the call through a caller's plain httpx client.
    """
    from sparkbot._transport import DEADLINE
    from sparkbot._validation import passes
    from sparkbot_api.facade._base import RequestOptions
    from sparkbot_api.facade.devices import DEVICES_GET
    from sparkbot_api.models.device import Device
    from sparkbot_api.types import path_segment

    no_options = RequestOptions()
    tests = {name: passes(rules) for name, rules in DEVICES_GET.rules.items()}

    def floor_get(http: httpx.Client, device: str, include: str | None = None) -> Any:
        if RequestOptions(None, None, None, None) != no_options:
            raise AssertionError("the floor takes no per-call options")
        plain = {}
        for name, value in (("device", device), ("include", include)):
            if value is not None:
                test = tests.get(name)
                if test is None or not test(value):
                    raise AssertionError(f"the floor takes valid arguments only: {name}")
                plain[name] = value
        text = plain["device"]
        if text in ("", ".", "..") or "/" in text:
            raise AssertionError("not one path segment")
        built = http.build_request("GET", f"/devices/{path_segment(text)}")
        token = DEADLINE.set(None)
        try:
            response = http.send(built, stream=True)
            try:
                response.read()
            finally:
                response.close()
        finally:
            DEADLINE.reset(token)
        if not 200 <= response.status_code < 300:
            raise AssertionError(response.status_code)
        return Device.from_dict(response.json())

    client = sparkbot_client(DEVICE_JSON)
    plain = sparkbot_client(DEVICE_JSON, own=False)
    assert floor_get(client._http, DEVICE) == client.devices.get(DEVICE)
    runs: dict[str, Callable[[], Any]] = {
        "raw httpx get + .json()": raw_get(),
        "sparkbot devices.get": lambda: client.devices.get(DEVICE),
        "floor: the same call in one frame": lambda: floor_get(client._http, DEVICE),
        "raw httpx get + .json(), keeping no cookies": raw_get(keep_cookies=False),
        "sparkbot devices.get, caller's plain httpx.Client": lambda: plain.devices.get(DEVICE),
    }
    return list(interleaved(runs, calls, rounds).items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a smoke run: few repetitions")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    parser.add_argument("--bot-rows", nargs=2, type=int, metavar=("TOTAL", "ROUNDS"), help=argparse.SUPPRESS)
    parser.add_argument("--floor", action="store_true", help="only the floor of devices.get (bench_floor)")
    args = parser.parse_args()
    if args.floor:
        rows = bench_floor()
        for name, micros in rows:
            print(f"| {name} | {micros:.1f} | {micros / rows[0][1]:.3f}x |")
        return
    if args.bot_rows:  # the child of bot_in_fresh_process
        print(json.dumps(asyncio.run(bench_bot(args.bot_rows[0], 50, args.bot_rows[1]))))
        return
    text = report(args.quick)
    notes = Path(__file__).with_name("PROFILE.md")
    if notes.exists():
        text += "\n" + notes.read_text()
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
