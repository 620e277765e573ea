"""Filters choose which handler takes an event; they compose with `&`, `|` and `~`.

A filter is any callable `ctx -> bool`; `Filter` wraps one so it composes. They are plain, synchronous and
side-effect free: the bot may call them in any order, and a filter that raises counts as "no match" (logged).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._context import Context

__all__ = [
    "Filter",
    "command",
    "contains",
    "direct",
    "from_phone",
    "group",
    "label",
    "location",
    "media",
    "regex",
    "text",
]

Predicate = Callable[["Context"], bool]

_MEDIA_TYPES = frozenset({"image", "video", "audio", "ptt", "voice", "document", "sticker", "gif"})


class Filter:
    """A predicate over a `Context` that composes: `text & ~group`, `command("start") | contains("hi")`."""

    __slots__ = ("_name", "_test")

    def __init__(self, test: Predicate, name: str | None = None) -> None:
        self._test = test
        self._name = name or getattr(test, "__name__", "filter")

    def __call__(self, ctx: Context) -> bool:
        return bool(self._test(ctx))

    def __and__(self, other: Predicate) -> Filter:
        right = as_filter(other)
        return Filter(lambda ctx: self(ctx) and right(ctx), f"({self} & {right})")

    def __or__(self, other: Predicate) -> Filter:
        right = as_filter(other)
        return Filter(lambda ctx: self(ctx) or right(ctx), f"({self} | {right})")

    def __rand__(self, other: Predicate) -> Filter:
        return as_filter(other) & self

    def __ror__(self, other: Predicate) -> Filter:
        return as_filter(other) | self

    def __invert__(self) -> Filter:
        return Filter(lambda ctx: not self(ctx), f"~{self}")

    def __repr__(self) -> str:
        return str(self._name)


def as_filter(value: Predicate) -> Filter:
    """A `Filter` from a filter or any callable `ctx -> bool`."""
    if isinstance(value, Filter):
        return value
    if not callable(value):
        raise TypeError(f"a filter must be callable (ctx -> bool), got {type(value).__name__}")
    return Filter(value)


def _kind(ctx: Context) -> str:
    data = ctx.event.data
    kind = data.get("type") or data.get("kind")
    return kind if isinstance(kind, str) else ""


text = Filter(lambda ctx: _kind(ctx) == "text" and bool(ctx.text), "text")
"""A text message (not a media caption)."""

media = Filter(
    lambda ctx: _kind(ctx) in _MEDIA_TYPES or isinstance(ctx.event.data.get("media"), dict), "media"
)
"""An image, video, audio, voice note, document or sticker."""

location = Filter(lambda ctx: _kind(ctx) == "location" or "location" in ctx.event.data, "location")
"""A shared location."""

group = Filter(lambda ctx: ctx.chat_type == "group", "group")
"""A message in a group chat."""

direct = Filter(lambda ctx: ctx.chat_type == "chat", "direct")
"""A message in a one-to-one chat."""


def contains(needle: str, *, case: bool = False) -> Filter:
    """The text contains `needle` (case-insensitively unless `case=True`)."""
    if case:
        return Filter(lambda ctx: ctx.text is not None and needle in ctx.text, f"contains({needle!r})")
    folded = needle.casefold()
    return Filter(lambda ctx: ctx.text is not None and folded in ctx.text.casefold(), f"contains({needle!r})")


def regex(pattern: str | re.Pattern[str], flags: int = 0) -> Filter:
    """The text matches `pattern` anywhere (`re.search`); anchor it with `^…$` for a whole match. A compiled
    pattern is used as is; `flags` with one raise ValueError (from `re.compile`) rather than be lost."""
    compiled = re.compile(pattern, flags)
    return Filter(
        lambda ctx: ctx.text is not None and compiled.search(ctx.text) is not None,
        f"regex({compiled.pattern!r})",
    )


def command(*names: str) -> Filter:
    """The text is a command: `/start` or `/start some args` for `command("start")`; any case."""
    if not names:
        raise ValueError("command() needs at least one command name, e.g. command('start')")
    wanted = frozenset(name.lstrip("/").casefold() for name in names)
    if any(name.split() != [name] for name in wanted):  # "" splits to []: empty names fail too
        raise ValueError(f"command() names are single words (no spaces, not empty), got {names!r}")

    def test(ctx: Context) -> bool:
        body = ctx.text
        if not body or len(body) < 2 or body[0] != "/" or body[1].isspace():
            return False
        return body[1:].split(maxsplit=1)[0].casefold() in wanted

    return Filter(test, f"command({', '.join(map(repr, names))})")


def from_phone(*phones: str) -> Filter:
    """The sender's number is one of `phones` (any formatting: `+34 600-111-222` matches `34600111222`)."""
    wanted = frozenset(_digits(p) for p in phones)
    return Filter(
        lambda ctx: ctx.phone is not None and _digits(ctx.phone) in wanted, f"from_phone({len(wanted)})"
    )


def label(*labels: str) -> Filter:
    """The chat carries any of `labels` (as the webhook reports the chat's labels)."""
    wanted = frozenset(labels)
    return Filter(lambda ctx: not wanted.isdisjoint(ctx.labels), f"label({', '.join(map(repr, labels))})")


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())
