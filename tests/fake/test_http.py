"""The fake over real HTTP (uvicorn on a loopback port), and its webhook deliveries to a loopback receiver."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sparkbot import SparkBot
from sparkbot.testing import FakeSparkBot

PHONE = "+34600111222"


def test_sdk_sends_over_real_http(fake: FakeSparkBot) -> None:
    with fake.running() as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        with SparkBot(base_url=url, api_key=fake.api_key, max_retries=0) as client:
            sent = client.messages.send_text(phone=PHONE, message="over the wire")  # the only device
            assert [m.id for m in client.messages.list()] == [sent.id]
            assert client.messages.get(sent.id).status == "sent"
    # no device lookup before the send: without device= the API sends from the account's default number
    assert [r.path for r in fake.requests] == ["/messages", "/messages", f"/messages/{sent.id}"]


class Receiver:
    """A loopback HTTP server keeping the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[Any] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    thread = threading.Thread(
        target=receiver.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


def test_webhook_gets_the_event_in_the_documented_envelope(
    fake: FakeSparkBot, client: SparkBot, receiver: Receiver
) -> None:
    hook = client.webhooks.create(name="local", url=receiver.url, events=["message:out:new"])
    sent = client.messages.send_text(device=fake.device_id, phone=PHONE, message="hook me")
    fake.advance()  # an ack event, which this webhook did not subscribe to
    assert fake.wait_for_webhooks(timeout=5)
    [event] = receiver.bodies
    assert set(event) == {"id", "object", "event", "created", "device", "data"}
    assert (event["object"], event["event"], event["data"]["id"]) == ("message", "message:out:new", sent.id)
    assert event["device"] == {"id": fake.device_id, "phone": PHONE, "alias": "main", "plan": "professional"}
    [log] = client.webhooks.list_logs(hook.id)
    assert (log.event, log.response_status, log.object_event) == ("delivery", 200, "message:out:new")


def test_ack_events_follow_each_delivery_step(
    fake: FakeSparkBot, client: SparkBot, receiver: Receiver
) -> None:
    client.webhooks.create(name="acks", url=receiver.url, events=["message:out:ack"])
    sent = client.messages.send_text(device=fake.device_id, phone=PHONE, message="ack me")
    fake.advance(steps=3)
    assert fake.wait_for_webhooks(timeout=5)
    acks = [(e["event"], e["data"]["id"], e["data"]["status"]) for e in receiver.bodies]
    assert acks == [("message:out:ack", sent.id, "sent"), ("message:out:ack", sent.id, "delivered")]


def test_only_loopback_webhook_urls_are_called(fake: FakeSparkBot, client: SparkBot) -> None:
    hook = client.webhooks.create(name="remote", url="https://hooks.example.com/in")
    client.messages.send_text(device=fake.device_id, phone=PHONE, message="stays here")
    assert fake.wait_for_webhooks(timeout=5)
    [log] = client.webhooks.list_logs(hook.id)
    assert (log.event, log.message) == ("error", "not called: the fake only calls loopback URLs")
    assert [e["event"] for e in fake.events] == ["message:out:new"]
