"""Webhook delivery: the events the fake raises, POSTed to the registered webhook URLs.

Delivery runs on one background thread, in order, so a request never waits for a receiver; every attempt
is written to the webhook's logs (GET /webhooks/{id}/logs). Only loopback URLs are called: a fake must not
reach the internet, so any other URL gets a log entry saying it was not called.
"""

from __future__ import annotations

import ipaddress
import json
import queue
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._state import JSON, now

Delivery = tuple[JSON, JSON]
"""(webhook, envelope)"""


def envelope(event_id: str, event: str, device: JSON, data: JSON) -> JSON:
    """The documented envelope of platform plans: `{id, object, event, created, device, data}`."""
    return {
        "id": event_id,
        "object": "message",
        "event": event,
        "created": int(time.time()),
        "device": {
            "id": device["id"],
            "phone": device.get("phone"),
            "alias": device.get("alias"),
            "plan": device.get("billing", {}).get("plan"),
        },
        "data": data,
    }


def subscribed(webhook: JSON, event: str, device: str) -> bool:
    return (
        webhook.get("status") == "active"
        and (not webhook.get("events") or event in webhook["events"])
        and webhook.get("device") in (None, "", device)
    )


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Sender:
    """Sends deliveries one after the other on a daemon thread started on first use; `log` receives one
    WebhookLog entry per delivery (the caller stores it under its own lock)."""

    def __init__(self, log: Callable[[str, JSON], None], new_id: Callable[[], str]) -> None:
        self._log = log
        self._new_id = new_id
        self._queue: queue.Queue[Delivery] = queue.Queue()
        self._pending = 0
        self._idle = threading.Condition()
        self._thread: threading.Thread | None = None

    def submit(self, webhook: JSON, body: JSON) -> None:
        with self._idle:
            self._pending += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="sparkbot-fake-webhooks", daemon=True)
                self._thread.start()
        self._queue.put((webhook, body))

    def wait(self, timeout: float) -> bool:
        """Block until every submitted delivery was attempted; False if `timeout` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def _run(self) -> None:
        with httpx.Client(timeout=5.0, headers={"User-Agent": "sparkbot-fake"}) as client:
            while True:
                webhook, body = self._queue.get()
                try:
                    self._log(webhook["id"], self._deliver(client, webhook, body))
                finally:
                    with self._idle:
                        self._pending -= 1
                        self._idle.notify_all()

    def _deliver(self, client: httpx.Client, webhook: JSON, body: JSON) -> JSON:
        data = body["data"]
        entry: JSON = {
            "id": self._new_id(),
            "webhook": webhook["id"],
            "createdAt": now(),
            "objectId": data.get("id", ""),
            "deviceId": body["device"]["id"],
            "objectType": "message",
            "objectEvent": body["event"],
        }
        if not is_loopback(webhook["url"]):
            return {**entry, "event": "error", "message": "not called: the fake only calls loopback URLs"}
        text = json.dumps(body)
        started = time.perf_counter()
        try:
            response = client.post(webhook["url"], content=text, headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            return {**entry, "event": "error", "message": f"{type(exc).__name__}: {exc}", "body": text}
        result: Any = {
            "event": "delivery" if response.is_success else "error",
            "body": text,
            "responseTime": round((time.perf_counter() - started) * 1000, 1),
            "responseStatus": response.status_code,
            "responseType": response.headers.get("content-type", ""),
            "responseBody": response.text[:1000],
        }
        return {**entry, **result}
