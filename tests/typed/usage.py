"""Realistic use of the public API, checked by `mypy --strict` and pyright (strict) in tests/test_typing.py.

Functions only: nothing here runs at import, and pytest does not collect this module (no `test_` prefix).
"""

from __future__ import annotations

from typing import assert_type

import sparkbot
from sparkbot import APIResponse, AsyncPager, AsyncSparkBot, SparkBot, SyncPager
from sparkbot.types import (
    Device,
    GroupParticipantInputParam,
    Message,
    MessageExpirationParam,
    PollParam,
    SessionSync,
)


def sync_usage(client: SparkBot) -> float | None:
    devices = client.devices.list(size=20)
    assert_type(devices, SyncPager[Device])
    for device in devices:
        assert_type(device.id, str)
    dev = client.devices.resolve("+34 600 111 222")
    assert_type(dev, Device)
    assert_type(client.sessions.sync(dev.id), SessionSync)
    try:
        msg = client.messages.send_text(dev.id, phone="+34600111222", message="hi", priority="high")
    except sparkbot.RateLimitError as exc:
        assert_type(exc.retry_after, float | None)
        return exc.retry_after
    assert_type(msg, Message)
    recent: list[Message] = list(client.messages.list(device=dev.id, limit=10))
    poll: PollParam = {"name": "Lunch?", "options": ["yes", "no"]}
    expiration: MessageExpirationParam = {"seconds": 3600}
    polled = client.messages.send_poll(dev.id, phone="+34600111222", poll=poll, expiration=expiration)
    assert_type(polled, Message)
    client.messages.send_media(dev.id, phone="+34600111222", media={"url": "https://example.com/cat.jpg"})
    team: list[str | GroupParticipantInputParam] = ["+34600111222", {"phone": "+34600111333", "admin": True}]
    client.groups.create(dev.id, name="Team", participants=team)
    print(msg.to_json(), msg.to_dict()["id"])
    raw = client.with_raw_response.sessions.sync(dev.id)
    assert_type(raw, APIResponse[SessionSync])
    assert_type(raw.parsed, SessionSync)
    assert_type(raw.status_code, int)
    return float(len(recent))


async def async_usage(client: AsyncSparkBot) -> float | None:
    devices = client.devices.list()
    assert_type(devices, AsyncPager[Device])
    ids = [device.id async for device in devices]
    assert_type(ids, list[str])
    dev = await client.devices.resolve("main")
    assert_type(dev, Device)
    assert_type(await client.sessions.sync(dev.id), SessionSync)
    try:
        msg = await client.messages.send_text(dev.id, phone="+34600111222", message="hi")
    except sparkbot.RateLimitError as exc:
        return exc.retry_after
    assert_type(msg, Message)
    recent = [m async for m in client.messages.list(device=dev.id, limit=10)]
    assert_type(recent, list[Message])
    raw = await client.with_raw_response.devices.list(page=0)
    assert_type(raw.parsed, list[Device])
    return float(len(recent))
