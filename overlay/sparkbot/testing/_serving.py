"""Ways to reach the fake: in-process through httpx transports (no sockets), or over real HTTP (uvicorn).

The SDK only takes an `httpx.Client`, and sync httpx cannot drive an ASGI app by itself, so
`ASGIThreadTransport` runs each request on a short-lived event loop (in a worker thread, as starlette's
TestClient does, when the calling thread already runs one); being a plain transport, it sits under the
SDK's `RetryTransport`, so retries behave exactly as against the real service.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Generator
from contextlib import contextmanager

import anyio.from_thread
import httpx
import uvicorn
from starlette.types import ASGIApp


def _read_timeout(request: httpx.Request) -> float | None:
    """The request's read timeout: in-process there is no socket to time out, so the transports apply it
    to the whole answer, as a server that is slow to answer over HTTP would make it fire."""
    timeout = (request.extensions.get("timeout") or {}).get("read")
    return float(timeout) if timeout is not None else None


class ASGITimeoutTransport(httpx.AsyncBaseTransport):
    """`httpx.ASGITransport` honouring the request's read timeout (httpx.ReadTimeout, as over HTTP)."""

    def __init__(self, app: ASGIApp) -> None:
        self._transport = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            with anyio.fail_after(_read_timeout(request)):
                response = await self._transport.handle_async_request(request)
                content = await response.aread()
        except TimeoutError:
            raise httpx.ReadTimeout(
                "the fake did not answer within the read timeout", request=request
            ) from None
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )


class ASGIThreadTransport(httpx.BaseTransport):
    """A sync httpx transport into an ASGI app, usable even from code that runs inside an event loop."""

    def __init__(self, app: ASGIApp) -> None:
        self._transport = ASGITimeoutTransport(app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await self._transport.handle_async_request(request)
            return response.status_code, response.headers.raw, await response.aread()

        if _loop_running():  # the caller is async code using a sync client: run beside its loop
            with anyio.from_thread.start_blocking_portal() as portal:
                status, headers, content = portal.call(call)
        else:
            status, headers, content = anyio.run(call)
        return httpx.Response(status, headers=headers, content=content, request=request)


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


@contextmanager
def running(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Generator[str, None, None]:
    """Serve `app` with uvicorn on a background thread; yield its base URL (`http://host:port/v1`).

    The socket is bound here, before uvicorn starts, so `port=0` picks a free port with no race. It names
    its protocol (TCP) because asyncio only turns Nagle off on accepted sockets that do: without it every
    answer written in two parts (headers, body) waits ~40 ms for the peer's delayed ACK."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="sparkbot-fake", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the fake SparkBot server did not start on {host}:{port}")
            time.sleep(0.005)
        bound = sock.getsockname()[1]
        yield f"http://{f'[{host}]' if ':' in host else host}:{bound}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
