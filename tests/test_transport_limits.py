"""RetryTransport's own connection pools honour `limits=`: with one connection allowed, a second request
waits for the first response to be closed (and times out on the pool if it is not), sync and async;
without limits, both go at once. Against a loopback HTTP server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anyio
import httpx
import pytest
from sparkbot import RetryTransport


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def http_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


TIMEOUT = httpx.Timeout(5.0, pool=0.3)


def sync_second_request(limits: httpx.Limits | None, url: str) -> int:
    """Open a response without closing it, then make a second request; return the second's status."""
    transport = RetryTransport(max_retries=0, limits=limits)
    with httpx.Client(transport=transport, timeout=TIMEOUT) as client, client.stream("GET", url + "/a"):
        return client.get(url + "/b").status_code


def async_second_request(limits: httpx.Limits | None, url: str) -> int:
    async def main() -> int:
        transport = RetryTransport(max_retries=0, limits=limits)
        client = httpx.AsyncClient(transport=transport, timeout=TIMEOUT)
        async with client, client.stream("GET", url + "/a"):
            return (await client.get(url + "/b")).status_code

    return anyio.run(main)


SECOND = {"sync": sync_second_request, "async": async_second_request}


@pytest.mark.parametrize("mode", SECOND)
def test_one_connection_allowed_means_the_second_request_waits(mode: str) -> None:
    with http_server() as url, pytest.raises(httpx.PoolTimeout):
        SECOND[mode](httpx.Limits(max_connections=1), url)


@pytest.mark.parametrize("mode", SECOND)
def test_without_limits_both_requests_go_at_once(mode: str) -> None:
    with http_server() as url:
        assert SECOND[mode](None, url) == 200
        assert SECOND[mode](httpx.Limits(max_connections=2), url) == 200
