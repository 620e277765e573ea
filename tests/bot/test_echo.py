"""The whole loop over real loopback HTTP: the fake delivers a message to the bot, the bot answers through
the fake's API, and the answer lands in the fake's state like any send."""

from __future__ import annotations

from typing import Any

import pytest
from sparkbot import AsyncSparkBot
from sparkbot.bot import Bot, Context, filters
from sparkbot.testing import FakeSparkBot

from .conftest import TOKEN, serve, wait_until

PHONE = "+34600111333"


def sent_messages(fake: FakeSparkBot) -> list[dict[str, Any]]:
    return [dict(m) for m in list(fake.state.messages.values())]


def run_echo(bot_for: Any, *texts: str, group: str | None = None) -> tuple[FakeSparkBot, list[Any]]:
    fake = FakeSparkBot()
    with fake.running() as api_url:
        bot = bot_for(AsyncSparkBot(api_key=fake.api_key, base_url=api_url))
        with serve(bot.asgi()) as bot_url:
            fake.client().webhooks.create(
                name="bot", url=f"{bot_url}/?token={TOKEN}", events=["message:in:new"]
            )
            events = [fake.receive(text, phone=PHONE, group=group) for text in texts]
            wait_until(lambda: len(sent_messages(fake)) == len(texts), what="the bot's replies")
    return fake, events


def async_echo(client: AsyncSparkBot) -> Bot:
    bot = Bot(client, token=TOKEN)

    @bot.on_message(filters.text)
    async def echo(ctx: Context) -> None:
        await ctx.reply(f"echo: {ctx.text}", quote=True)

    return bot


def sync_echo(client: AsyncSparkBot) -> Bot:
    bot = Bot(client, token=TOKEN)

    @bot.on_message(filters.text)
    def echo(ctx: Context) -> None:
        ctx.reply_sync(f"echo: {ctx.text}", quote=True)

    return bot


@pytest.mark.parametrize("make_bot", [async_echo, sync_echo], ids=["async", "sync"])
def test_echo_over_loopback(make_bot: Any) -> None:
    fake, [event] = run_echo(make_bot, "hello bot")
    [reply] = sent_messages(fake)
    assert reply["message"] == "echo: hello bot"
    assert reply["phone"] == PHONE
    assert reply["device"] == fake.device_id
    assert reply["quote"] == event.data["id"]
    # the fake recorded the webhook delivery as answered
    [hook] = fake.state.webhooks
    [log] = fake.state.webhook_logs[hook]
    assert log["event"] == "delivery" and log["responseStatus"] == 200


def test_reply_in_a_group_goes_to_the_group() -> None:
    group = "120363000000000042@g.us"
    fake, [event] = run_echo(async_echo, "hola grupo", group=group)
    [reply] = sent_messages(fake)
    assert reply["group"] == group and "phone" not in reply
    assert event.data["chat"] == {"id": group, "type": "group", "name": "Group 0042", "labels": []}
    assert event.data["fromNumber"] == PHONE
