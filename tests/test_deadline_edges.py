"""The call's deadline and timeouts at the socket steps of the sync client's own connections: a connect
the server never completes ends at the connect timeout, a write it never takes at the deadline (or the
write timeout without one), and a deadline that passes between two steps (connect, TLS, write, read) is an
APITimeoutError. Against loopback listeners that never accept."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest
import sparkbot
from sparkbot import SparkBot

from .conftest import API_KEY

BODY = {"data": "x" * 32_000_000}  # far more than loopback socket buffers hold: the write blocks


@pytest.fixture
def deaf() -> Iterator[int]:
    """A port whose listener never accepts (the kernel completes connections, nobody reads); it is closed
    after 5 s, so a write that waits for ever ends instead in a connection error."""
    listener = socket.create_server(("127.0.0.1", 0))
    closer = threading.Timer(5.0, listener.close)
    closer.start()
    yield listener.getsockname()[1]
    closer.cancel()
    listener.close()


@pytest.fixture
def full() -> Iterator[int]:
    """A port whose listener's queue is full: the kernel drops a new connection's SYN, so connecting waits."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=0)
    filler = socket.create_connection(listener.getsockname())
    closer = threading.Timer(5.0, listener.close)
    closer.start()
    yield listener.getsockname()[1]
    closer.cancel()
    filler.close()
    listener.close()


@pytest.mark.parametrize("deadline", [None, 60.0])
def test_a_connect_that_hangs_ends_at_the_connect_timeout(full: int, deadline: float | None) -> None:
    """With no deadline or a far one, a connection the server never completes ends at the connect timeout."""
    url, timeout = f"http://127.0.0.1:{full}/v1", httpx.Timeout(10.0, connect=0.5)
    with SparkBot(api_key=API_KEY, base_url=url, max_retries=0, timeout=timeout, deadline=deadline) as c:
        start = time.monotonic()
        with pytest.raises(sparkbot.APITimeoutError) as info:
            c.request("GET", "/devices")
        assert time.monotonic() - start < 3.0
    assert isinstance(info.value.__cause__, httpx.ConnectTimeout)


@pytest.mark.parametrize(
    ("deadline", "timeout"), [(1.0, httpx.Timeout(10.0)), (None, httpx.Timeout(10.0, write=1.0))]
)
def test_a_write_the_server_never_takes_ends_at_the_deadline_or_write_timeout(
    deaf: int, deadline: float | None, timeout: httpx.Timeout
) -> None:
    """A body nobody reads: APITimeoutError after the deadline (or the write timeout without one)."""
    url = f"http://127.0.0.1:{deaf}/v1"
    with SparkBot(api_key=API_KEY, base_url=url, max_retries=0, timeout=timeout, deadline=deadline) as c:
        start = time.monotonic()
        with pytest.raises(sparkbot.APITimeoutError):
            c.request("POST", "/files", json=BODY)
        assert time.monotonic() - start < 3.0


@pytest.mark.parametrize(
    ("scheme", "readings", "step"),
    [("http", 1, "connect"), ("http", 2, "write"), ("http", 5, "read"), ("https", 2, "TLS handshake")],
)
def test_a_deadline_passing_between_socket_steps_is_a_timeout(
    deaf: int, monkeypatch: pytest.MonkeyPatch, scheme: str, readings: int, step: str
) -> None:
    """The deadline passes after the attempt's first readings of the clock (its start, the connect, then
    httpcore's writes of the request: the head and its end), so the next step times out."""
    import sparkbot._transport as transport

    seen = []

    def monotonic() -> float:
        seen.append(1)
        return time.monotonic() + (0.0 if len(seen) <= readings else 1000.0)

    monkeypatch.setattr(transport, "time", SimpleNamespace(monotonic=monotonic, sleep=time.sleep))
    url = f"{scheme}://127.0.0.1:{deaf}/v1"
    with (
        SparkBot(api_key=API_KEY, base_url=url, max_retries=0, deadline=60.0) as c,
        pytest.raises(sparkbot.APITimeoutError) as info,
    ):
        c.request("GET", "/devices")
    expected = {"write": httpx.WriteTimeout, "read": httpx.ReadTimeout}.get(step, httpx.ConnectTimeout)
    assert isinstance(info.value.__cause__, expected)
    assert str(info.value.__cause__) == "the call's deadline passed"


def test_the_client_connects_to_the_host_it_names() -> None:
    """A server on another loopback address (127.0.0.2) is the one reached: it takes the request silently."""
    listener = socket.create_server(("127.0.0.2", 0))
    url, timeout = f"http://127.0.0.2:{listener.getsockname()[1]}/v1", httpx.Timeout(10.0, read=0.3)
    with (
        listener,
        SparkBot(api_key=API_KEY, base_url=url, max_retries=0, timeout=timeout) as c,
        pytest.raises(sparkbot.APITimeoutError) as info,
    ):
        c.request("GET", "/devices")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)  # connected, then no answer
