"""An echo bot, end to end against the fake SparkBot server, over real loopback HTTP.

    make demo                     # runs this after the quickstart
    python examples/echo_bot.py

The fake API and the bot each listen on a free loopback port; the bot's URL (with its token) is registered
as a webhook on the fake, then people "write" to the number with `fake.receive(...)`: the fake POSTs each
message:in:new event to the bot, the bot answers through the API, and the answers land in the fake's state.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.table import Table
from sparkbot import AsyncSparkBot, SparkBot
from sparkbot.bot import Bot, Context, filters
from sparkbot.testing import FakeSparkBot

console = Console()
TOKEN = "echo-demo-token"


def make_bot(client: AsyncSparkBot) -> Bot:
    bot = Bot(client, token=TOKEN)

    @bot.on_message(filters.command("start"))
    async def start(ctx: Context) -> None:
        await ctx.reply("Hi! I repeat what you write. /count tells how many messages you sent me.")

    @bot.on_message(filters.command("count"))
    async def count(ctx: Context) -> None:
        await ctx.reply(f"You sent me {ctx.state.get('messages', 0)} message(s).")

    @bot.on_message(filters.text & filters.direct)
    async def echo(ctx: Context) -> None:
        ctx.state["messages"] = ctx.state.get("messages", 0) + 1  # per chat, saved by the bot's store
        await ctx.reply(f"You said: {ctx.text}", quote=True)

    @bot.on_message(filters.media)
    async def media(ctx: Context) -> None:
        await ctx.reply(f"Nice {ctx.event.data.get('type')}!")

    return bot


def wait_for_reply(fake: FakeSparkBot, count: int) -> str:
    """The text of the `count`-th message sent through the fake (the bot's replies are its only sends)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        sent = list(fake.state.messages.values())
        if len(sent) >= count:
            return str(sent[count - 1].get("message", ""))
        time.sleep(0.02)
    raise SystemExit(f"the bot did not answer message {count}")


def main() -> None:
    fake = FakeSparkBot(api_key="demo-key")
    conversation = [
        ("+34600111333", "/start", None),
        ("+34600111333", "Hello bot", None),
        ("+34699000111", "Hola, ¿qué tal?", None),
        ("+34600111333", "Another one", None),
        ("+34699000111", "Look", "https://example.com/photo.jpg"),
        ("+34600111333", "/count", None),
    ]
    with fake.running() as api_url, SparkBot(api_key="demo-key", base_url=api_url) as api:
        bot = make_bot(AsyncSparkBot(api_key="demo-key", base_url=api_url))
        with bot.serving() as bot_url:
            console.rule(f"fake SparkBot at {api_url}, echo bot at {bot_url}")
            api.webhooks.create(name="echo bot", url=f"{bot_url}/?token={TOKEN}", events=["message:in:new"])
            table = Table(
                "from", "they wrote", "the bot answered", title="Conversation", title_justify="left"
            )
            for number, (phone, text, media) in enumerate(conversation, start=1):
                event = fake.receive(text, phone=phone, media=media)
                answer = wait_for_reply(fake, number)
                shown = text if media is None else f"{text} (+ {event.data['type']})"
                table.add_row(phone, shown, answer)
            console.print(table)
    console.rule("done")


if __name__ == "__main__":
    main()
