"""A tour of the SparkBot client: devices, session, sending, delivery, labels, webhooks, queue.

    make demo                      # against the built-in fake SparkBot server, over real HTTP
    python examples/quickstart.py  # against the real service when SPARKBOT_API_KEY/SPARKBOT_BASE_URL are set

With no SPARKBOT_BASE_URL set it starts the fake server (`sparkbot fake`) on a free loopback port in a
separate process, runs the tour against it and stops it. A webhook receiver on loopback catches one event.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Generator, Sequence

import httpx
import sparkbot.webhooks
from rich.console import Console
from rich.table import Table
from sparkbot import SparkBot

console = Console()
PHONE = os.environ.get("SPARKBOT_DEMO_PHONE", "+34600111222")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def fake_server(api_key: str) -> Generator[str, None, None]:
    """`sparkbot fake` in its own process on loopback; yields its base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "sparkbot.cli", "fake", "--port", str(port), "--api-key", api_key]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/devices", timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    _, err = server.communicate(timeout=5)
                    raise SystemExit(f"the fake server did not start:\n{err.decode()[-2000:]}") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextlib.contextmanager
def webhook_receiver() -> Generator[tuple[str, list[bytes]], None, None]:
    """A loopback HTTP server that keeps every POST body it gets."""
    bodies: list[bytes] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            bodies.append(self.rfile.read(int(self.headers.get("content-length", 0))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", bodies
    finally:
        server.shutdown()


def table(title: str, columns: list[str], rows: Sequence[Sequence[object]]) -> None:
    t = Table(*columns, title=title, title_justify="left")
    for row in rows:
        t.add_row(*("" if v is None else str(getattr(v, "value", v)) for v in row))
    console.print(t)


def tour(client: SparkBot, webhook_url: str | None, received: list[bytes]) -> None:
    devices = list(client.devices.list())
    table(
        "WhatsApp numbers",
        ["id", "alias", "phone", "session"],
        [[d.id, d.alias, d.phone, d.session.status if d.session else None] for d in devices],
    )
    device = devices[0].id

    session = client.sessions.sync(device)
    console.print(f"session of {device}: [bold]{session.session_status or session.status}[/bold]")

    if webhook_url:
        hook = client.webhooks.create(name="demo", url=webhook_url, events=["message:out:new"], device=device)
        console.print(f"webhook {hook.id} -> {webhook_url}")

    sent = [
        client.messages.send_text(device, phone=PHONE, message="Hello from sparkbot-python"),
        client.messages.send_media(
            device, phone=PHONE, media={"url": "https://picsum.photos/200.jpg"}, message="A picture"
        ),
        client.messages.send_poll(device, phone=PHONE, poll={"name": "Lunch?", "options": ["yes", "no"]}),
    ]
    kinds = ["text", "media", "poll"]
    table(
        "Sent",
        ["id", "kind", "status"],
        [[m.id, kind, m.status] for m, kind in zip(sent, kinds, strict=True)],
    )

    queue = client.queue.get_status(device)
    console.print(f"queue: {queue.to_dict()}")

    progress: list[list[str]] = []
    for message in sent:
        steps: list[str] = []
        for _ in range(6):  # the real service moves on its own; the fake moves one step per read
            current = client.messages.get(message.id)
            status = current.delivery_status or current.status
            steps.append(str(getattr(status, "value", status)))
            if steps[-1] in ("delivered", "read", "failed"):
                break
            time.sleep(0.05)
        progress.append([message.id, " -> ".join(dict.fromkeys(steps))])
    table("Delivery", ["id", "status over time"], progress)

    recent = client.messages.list(device=device, limit=10)
    table(
        "Outbound messages",
        ["id", "phone", "status", "delivery"],
        [[m.id, m.phone, m.status, m.delivery_status] for m in recent],
    )

    label = client.labels.create(device, name="demo", color="emerald", description="made by the quickstart")
    chat_id = PHONE.lstrip("+") + "@c.us"
    client.chats.update_labels(chat_id, device, body=[label.name])
    chat = client.chats.get(chat_id, device)
    console.print(f"label [bold]{label.name}[/bold] on chat {chat.wid}: {chat.to_dict().get('labels')}")

    if webhook_url:
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            time.sleep(0.05)
        events = [e for body in received for e in sparkbot.webhooks.parse(body)]
        table(
            "Webhook events received",
            ["event", "device", "message id"],
            [[e.event, e.device.id if e.device else None, e.data.get("id")] for e in events[:5]],
        )
        if not events:
            raise SystemExit("no webhook event arrived")


def main() -> None:
    with contextlib.ExitStack() as stack:
        if os.environ.get("SPARKBOT_BASE_URL"):
            client = stack.enter_context(SparkBot())
            console.rule(f"SparkBot at {client.base_url}")
            webhook_url, received = None, list[bytes]()  # a loopback receiver can't be reached from there
        else:
            key = "demo-key"
            url = stack.enter_context(fake_server(key))
            client = stack.enter_context(SparkBot(api_key=key, base_url=url))
            webhook_url, received = stack.enter_context(webhook_receiver())
            console.rule(f"fake SparkBot at {url} (real HTTP, separate process)")
        tour(client, webhook_url, received)
    console.rule("done")


if __name__ == "__main__":
    main()
