"""A real TCP server on 127.0.0.1 that misbehaves at the byte level, one scripted reply per request."""

from __future__ import annotations

import json
import logging
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from ..conftest import API_KEY

# A reply writes to the connection and returns True to keep it open for the next request.
Reply = Callable[[socket.socket, "FaultServer"], bool]
GRACE = 10.0
"""Longest a server thread waits on a silent client before giving up (tests end long before)."""


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FaultServer:
    sock: socket.socket
    replies: list[Reply] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    sent: list[bytes] = field(default_factory=list)
    open_connections: int = 0
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *replies: Reply) -> None:
        """Reply to request n with replies[n]; the last reply repeats."""
        self.replies = list(replies)

    def wait_all_closed(self, timeout: float = 2.0) -> int:
        """Wait until every accepted connection has been closed (by either side); the number still open."""
        deadline = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.open_connections

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.sent.append(data)

    def _accept_loop(self) -> None:
        self.sock.settimeout(0.05)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with self.lock:
                self.open_connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            with conn:
                keep_open = True
                while keep_open and (request := self._read_request(conn)) is not None:
                    with self.lock:
                        self.received.append(request)
                        reply = self.replies[min(len(self.received), len(self.replies)) - 1]
                    keep_open = reply(conn, self)
        except OSError:
            pass
        finally:
            with self.lock:
                self.open_connections -= 1

    def _read_request(self, conn: socket.socket) -> Received | None:
        """One HTTP/1.1 request, or None when the client closed the connection (or the test ended)."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.recv(conn)
            if not chunk:
                return None
            data += chunk
        head, body = data.split(b"\r\n\r\n", 1)
        start, *lines = head.decode("latin-1").split("\r\n")
        method, path, _ = start.split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
        while len(body) < int(headers.get("content-length", "0")):
            chunk = self.recv(conn)
            if not chunk:
                return None
            body += chunk
        return Received(method, path, headers, body)

    def recv(self, conn: socket.socket) -> bytes:
        """Bytes from the client; b"" on EOF, on reset, or once the test is over."""
        deadline = time.monotonic() + GRACE
        while not self.stop.is_set() and time.monotonic() < deadline:
            if select.select([conn], [], [], 0.05)[0]:
                try:
                    return conn.recv(65536)
                except ConnectionResetError:
                    return b""
        return b""


# --- replies ---------------------------------------------------------------------------------------------


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def respond(status: int, body: Any, headers: dict[str, str] | None = None) -> Reply:
    """A complete, well-formed JSON response; the connection stays open for the next request."""
    content = json.dumps(body).encode()

    def reply(conn: socket.socket, server: FaultServer) -> bool:
        head = {"Content-Type": "application/json", "Content-Length": str(len(content)), **(headers or {})}
        server.send(conn, _head(status, head) + content)
        return True

    return reply


def reset(after: bytes = b"") -> Reply:
    """Send `after` (part of a response), then abort the connection with a TCP RST."""

    def reply(conn: socket.socket, server: FaultServer) -> bool:
        if after:
            server.send(conn, after)
            time.sleep(0.05)  # let the client read the partial response before the reset
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return reply


def stall(after: bytes = b"", drip: bytes = b"", interval: float = 0.0) -> Reply:
    """Send `after`, then each byte of `drip` every `interval` seconds, then go silent until the client
    hangs up (or the test ends)."""

    def reply(conn: socket.socket, server: FaultServer) -> bool:
        if after:
            server.send(conn, after)
        for byte in drip:
            time.sleep(interval)
            server.send(conn, bytes([byte]))
        while server.recv(conn):  # silent: wait for the client to close
            pass
        return False

    return reply


def truncated(declared: int, body: bytes) -> Reply:
    """A 200 whose Content-Length promises `declared` bytes, then `body` (shorter) and a clean close."""

    def reply(conn: socket.socket, server: FaultServer) -> bool:
        head = {"Content-Type": "application/json", "Content-Length": str(declared)}
        server.send(conn, _head(200, head) + body)
        return False

    return reply


# --- fixtures --------------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer(socket.create_server(("127.0.0.1", 0)))
    thread = threading.Thread(target=srv._accept_loop, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.stop.set()
        thread.join(timeout=2)
        srv.sock.close()


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on: bound, then closed, so connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture(autouse=True)
def key_never_printed(caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Every log record (all loggers, DEBUG) and all output of a fault test must be free of the API key."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sparkbot")
    yield
    out, err = capsys.readouterr()
    assert API_KEY not in caplog.text
    assert API_KEY not in out + err


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE", "SPARKBOT_LOG"):
        monkeypatch.delenv(name, raising=False)


def raw_reply(status: int, headers: dict[str, str], body: bytes) -> Reply:
    """Exactly these headers (Content-Length added) and body bytes, whatever they claim."""

    def reply(conn: socket.socket, server: FaultServer) -> bool:
        server.send(conn, _head(status, {**headers, "Content-Length": str(len(body))}) + body)
        return True

    return reply
