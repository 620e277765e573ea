"""Base classes of the generated resource namespaces: each holds the client that runs its calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncSparkBot, SparkBot


class SyncResource:
    def __init__(self, client: SparkBot) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncSparkBot) -> None:
        self._client = client
