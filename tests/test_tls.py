"""TLS certificates are checked by default: against a loopback HTTPS server whose certificate no authority
signed, the default transport and client refuse to talk, while verify=False (and a context trusting that
certificate) get through, for sync and async, with and without connection limits."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import anyio
import httpx
import pytest
import sparkbot
from sparkbot import AsyncSparkBot, RetryTransport, SparkBot

TLS = Path(__file__).resolve().parent / "tls"
CERT, KEY = TLS / "localhost-cert.pem", TLS / "localhost-key.pem"
REPLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]"
)


@contextmanager
def https_server() -> Iterator[tuple[str, list[bytes]]]:
    """An HTTPS server on 127.0.0.1 with a self-signed certificate; yields its URL and the requests read."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    requests: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except TimeoutError:
                continue
            raw.settimeout(5)
            try:
                with context.wrap_socket(raw, server_side=True) as conn:
                    data = b""
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    requests.append(data)
                    conn.sendall(REPLY)
            except (ssl.SSLError, OSError):
                raw.close()  # the client refused our certificate

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{listener.getsockname()[1]}", requests
    finally:
        stop.set()
        thread.join()
        listener.close()


LIMITS = [None, httpx.Limits(max_connections=2)]


def sync_get(transport: RetryTransport, url: str) -> int:
    with httpx.Client(transport=transport) as client:
        return client.get(url + "/v1/devices").status_code


def async_get(transport: RetryTransport, url: str) -> int:
    async def get() -> int:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get(url + "/v1/devices")).status_code

    return anyio.run(get)


GETS = {"sync": sync_get, "async": async_get}


@pytest.mark.parametrize("limits", LIMITS, ids=["no-limits", "limits"])
@pytest.mark.parametrize("mode", GETS)
def test_default_transport_refuses_an_unverified_certificate(mode: str, limits: httpx.Limits | None) -> None:
    with https_server() as (url, requests):
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            GETS[mode](RetryTransport(max_retries=0, limits=limits), url)
        assert requests == []  # nothing was sent over the unverified connection


@pytest.mark.parametrize("limits", LIMITS, ids=["no-limits", "limits"])
@pytest.mark.parametrize("mode", GETS)
def test_verify_false_and_a_trusting_context_get_through(mode: str, limits: httpx.Limits | None) -> None:
    trusting = ssl.create_default_context(cafile=str(CERT))
    with https_server() as (url, requests):
        assert GETS[mode](RetryTransport(max_retries=0, verify=False, limits=limits), url) == 200
        assert GETS[mode](RetryTransport(max_retries=0, verify=trusting, limits=limits), url) == 200
        assert len(requests) == 2 and requests[0].startswith(b"GET /v1/devices ")


def test_the_client_refuses_an_unverified_certificate() -> None:
    with https_server() as (url, requests), SparkBot(api_key="sk-tls", base_url=url + "/v1") as client:
        with pytest.raises(sparkbot.APIConnectionError) as info:
            client.devices.list().to_list()
        assert requests == []
        assert info.value.url.startswith(url)


def test_the_async_client_refuses_an_unverified_certificate() -> None:
    async def main() -> None:
        async with AsyncSparkBot(api_key="sk-tls", base_url=url + "/v1") as client:
            with pytest.raises(sparkbot.APIConnectionError):
                await client.devices.list().to_list()

    with https_server() as (url, requests):
        anyio.run(main)
        assert requests == []
