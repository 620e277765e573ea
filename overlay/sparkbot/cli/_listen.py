"""`sparkbot listen`: a webhook receiver for the dev loop that prints every event it gets, one line each.

It is a `Bot` with one catch-all handler, so what it shows is what a bot would receive (token checked,
redeliveries dropped). With `--register` it creates the webhook on the configured API for the run and
deletes it on exit, Ctrl-C included.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from urllib.parse import urlsplit, urlunsplit

from rich.console import Console
from rich.markup import escape

from .._client import SparkBot
from .._errors import SparkBotValidationError
from ..bot import Bot, Context
from ..webhooks import EVENTS, WebhookEventName


def listener(console: Console, token: str, as_json: bool) -> Bot:
    """A bot that prints each event: a rich line, or the raw event as one JSON line."""
    bot = Bot(None, token=token)

    @bot.on("*")
    async def show(ctx: Context) -> None:
        if as_json:
            print(json.dumps(ctx.event.raw, ensure_ascii=False, default=str), flush=True)
        else:
            console.print(line(ctx), soft_wrap=True, highlight=False)

    return bot


def line(ctx: Context) -> str:
    event = ctx.event
    when = (event.created.strftime("%H:%M:%S") + " ") if event.created else ""
    parts = [f"[dim]{when}[/dim][bold]{escape(event.event)}[/bold]"]
    if ctx.phone:
        parts.append(escape(ctx.phone))
    if ctx.chat_id and ctx.chat_type != "chat":
        parts.append(f"in {escape(ctx.chat_id)}")
    kind = event.data.get("type") or event.data.get("kind") or event.data.get("status")
    if isinstance(kind, str) and kind != "text":
        parts.append(f"[cyan]{escape(kind)}[/cyan]")
    if ctx.text is not None:
        shown = ctx.text if len(ctx.text) <= 200 else ctx.text[:199] + "…"
        parts.append(escape(json.dumps(shown, ensure_ascii=False)))
    return " ".join(parts)


def webhook_url(public_url: str, token: str) -> str:
    """`public_url` with `token=` added to its query."""
    parts = urlsplit(public_url)
    query = f"{parts.query}&token={token}" if parts.query else f"token={token}"
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))


def listen(
    console: Console,
    *,
    host: str,
    port: int,
    register: str | None,
    token: str | None,
    as_json: bool,
    events: Sequence[str],
    device: str | None,
) -> None:
    token = token or secrets.token_urlsafe(18)
    bot = listener(console, token, as_json)
    client: SparkBot | None = None
    hook_id: str | None = None
    err = Console(stderr=True)
    try:
        if register:
            client = SparkBot()
            unknown = sorted(set(events) - set(EVENTS))
            if unknown:
                raise SparkBotValidationError("event", f"unknown {unknown}; one of {', '.join(EVENTS)}")
            chosen: list[WebhookEventName] = [e for e in EVENTS if not events or e in events]
            hook = client.webhooks.create(
                name="sparkbot listen", url=webhook_url(register, token), events=chosen, device=device
            )
            hook_id = hook.id
            err.print(f"registered webhook {hook_id} -> {escape(register)} ({len(chosen)} events)")
        err.print(f"listening on http://{host}:{port}/?token={token} (Ctrl-C stops)")
        bot.run(host, port, log_level="warning")
    finally:
        if client is not None:
            if hook_id is not None:
                client.webhooks.delete(hook_id)
                err.print(f"deleted webhook {hook_id}")
            client.close()
