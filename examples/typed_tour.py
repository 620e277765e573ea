"""The README's API as a user writes it, type-checked by mypy --strict and pyright (strict) in `make lint`.

Run it against SparkBot or the fake (tests/test_typed_tour.py does): set SPARKBOT_API_KEY and
SPARKBOT_BASE_URL, and have a number with the alias "main".
"""

from __future__ import annotations

import asyncio
import datetime

from sparkbot import AsyncSparkBot, NotFoundError, SparkBot
from sparkbot.types import Device, Message

PHONE = "+34600111222"


def when(message: Message) -> str:
    created: datetime.datetime | None = message.created_at
    return created.isoformat() if created else "-"


def tour(client: SparkBot) -> None:
    for device in client.devices.list():  # walks every page
        status = device.session.status if device.session else None  # absent fields read None
        print("device", device.id, device.alias, device.phone, status)
    dev: Device = client.devices.resolve("main")  # by id, phone or alias
    text = client.messages.send_text(device=dev.id, phone=PHONE, message="Hello from the typed tour")
    media = client.messages.send_media(
        device=dev.id,
        phone=PHONE,
        media={"url": "https://example.com/cat.jpg"},
        message="a cat",
        expiration={"seconds": 3600},
    )
    for sent in (text, media):
        print("sent", sent.id, sent.status, when(sent))
    patient = client.with_options(timeout=30.0, max_retries=5)
    try:
        patient.messages.get("f" * 24)
    except NotFoundError as exc:
        print("not found", exc.status_code)
    recent = list(client.messages.list(device=dev.id, limit=3))  # pages fetched lazily, stops at 3
    print("recent", len(recent), recent[0].to_json() if recent else "{}")


async def tour_async() -> list[Message]:
    async with AsyncSparkBot() as client:
        dev = await client.devices.resolve("main")
        sent = await asyncio.gather(
            *(client.messages.send_text(device=dev.id, phone=PHONE, message=f"async #{i}") for i in range(3))
        )
        pages = [len(page) async for page in client.messages.list(device=dev.id, size=2).pages()]
        print("gathered", len(sent), "pages", pages)
        return list(sent)


def main() -> None:
    with SparkBot() as client:
        tour(client)
    print("async", [when(m) for m in asyncio.run(tour_async())])


if __name__ == "__main__":
    main()
