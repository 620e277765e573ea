"""Lazy page walking for list actions: 0-based `page`, stop on a short page, optional `limit`.

`Pages` and `AsyncPages` are what list methods return; users annotate them as `sparkbot.SyncPager[T]` and
`sparkbot.AsyncPager[T]`, the protocols the generated facade declares.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic, TypeVar

from sparkbot_api.facade._base import AsyncPager, SyncPager

__all__ = ["AsyncPager", "AsyncPages", "Pages", "SyncPager"]

T = TypeVar("T")


class Pages(Generic[T]):
    """Iterate it for every item across pages; nothing is fetched until you do."""

    def __init__(self, fetch: Callable[[int], list[T]], *, page: int, size: int, limit: int | None) -> None:
        self._fetch, self._page, self._size, self._limit = fetch, page, size, limit

    def pages(self) -> Iterator[list[T]]:
        """Each page in turn, the last one trimmed to `limit`."""
        page, left = self._page, self._limit
        while left is None or left > 0:
            items = self._fetch(page)
            if left is not None:
                items, left = items[:left], left - len(items[:left])
            if items:
                yield items
            if len(items) < self._size:
                return
            page += 1

    def __iter__(self) -> Iterator[T]:
        for items in self.pages():
            yield from items

    def to_list(self) -> list[T]:
        return list(self)


class AsyncPages(Generic[T]):
    """`async for` it for every item across pages; nothing is fetched until you do."""

    def __init__(
        self, fetch: Callable[[int], Awaitable[list[T]]], *, page: int, size: int, limit: int | None
    ) -> None:
        self._fetch, self._page, self._size, self._limit = fetch, page, size, limit

    async def pages(self) -> AsyncIterator[list[T]]:
        """Each page in turn, the last one trimmed to `limit`."""
        page, left = self._page, self._limit
        while left is None or left > 0:
            items = await self._fetch(page)
            if left is not None:
                items, left = items[:left], left - len(items[:left])
            if items:
                yield items
            if len(items) < self._size:
                return
            page += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        async for items in self.pages():
            for item in items:
                yield item

    async def to_list(self) -> list[T]:
        return [item async for item in self]
