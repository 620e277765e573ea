"""Copied by tools/facade.py from openapi/templates/facade_base.py: do not edit the generated copy.

What the generated facade shares, and all it asks of the client that runs its calls (the `Caller`
protocols, which `sparkbot.SparkBot` and `sparkbot.AsyncSparkBot` implement): generated code never imports
the hand-written package.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, NamedTuple, ParamSpec, Protocol, TypeVar, cast, runtime_checkable

import httpx

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
Self = TypeVar("Self", bound="SyncResource | AsyncResource")


@dataclass(frozen=True, slots=True)
class Operation:
    """Everything the client needs to run one action: read once from the spec at generation time."""

    name: str  # the operationId
    action: str  # the node's action, `Resource:Action`
    method: str
    path: str  # with the API's names, e.g. /devices/{deviceId}
    endpoint: ModuleType  # sparkbot_api.api.<tag>.<operation>: build_request, MODEL, MANY, SUCCESS
    rules: Mapping[str, Any]  # facade argument -> its JSON-schema rules (named schemas shared, in _rules)
    path_args: tuple[tuple[str, str], ...] = ()  # (facade argument, build_request keyword)
    query_args: tuple[tuple[str, str], ...] = ()  # (facade argument, build_request keyword)
    body_fields: tuple[tuple[str, str], ...] = ()  # (facade argument, API field name)
    body_array: bool = False  # the JSON body is the array given as `body=`
    device: str | None = None  # where the device goes: "path", "body" or "optional-body" (the API may pick)
    required: tuple[str, ...] = ()
    response: str = "model"  # model | text (an svg, say) | bytes (a file)
    exactly_one: tuple[str, ...] = ()  # facade arguments of which a call passes exactly one
    page_size: int | None = None  # the API's default page size (list actions)


class RequestOptions(NamedTuple):
    """Per-call options every facade method takes."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    max_retries: int | None = None
    deadline: float | None = None


@dataclass(frozen=True)
class APIResponse(Generic[T]):
    """What `client.with_raw_response.<resource>.<action>(...)` returns: status, headers, parsed result."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    @property
    def content(self) -> bytes:
        return self.http_response.content


@runtime_checkable
class SyncPager(Protocol[T]):
    """What a list action returns: iterate it for every item across pages (fetched lazily)."""

    def pages(self) -> Iterator[list[T]]:
        """Each page in turn, the last one trimmed to `limit`."""
        ...

    def __iter__(self) -> Iterator[T]: ...

    def to_list(self) -> list[T]: ...


@runtime_checkable
class AsyncPager(Protocol[T]):
    """What an async list action returns: `async for` it for every item across pages (fetched lazily)."""

    def pages(self) -> AsyncIterator[list[T]]:
        """Each page in turn, the last one trimmed to `limit`."""
        ...

    def __aiter__(self) -> AsyncIterator[T]: ...

    async def to_list(self) -> list[T]: ...


class Caller(Protocol):
    """The sync client, as the facade sees it."""

    def _request(self, op: Operation, values: Mapping[str, Any], options: RequestOptions) -> Any: ...

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> Any: ...

    def _raw_caller(self) -> Caller:
        """The same client answering `APIResponse`s (a list action: its first page's)."""
        ...


class AsyncCaller(Protocol):
    """The async client, as the facade sees it."""

    async def _request(self, op: Operation, values: Mapping[str, Any], options: RequestOptions) -> Any: ...

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> Any: ...

    def _raw_caller(self) -> AsyncCaller:
        """The same client answering `APIResponse`s (a list action: its first page's)."""
        ...


class SyncResource:
    """A resource namespace (`client.messages` ...): its methods hand each call to the client."""

    def __init__(self, client: Caller) -> None:
        self._client = client

    def _with_raw_response(self: Self) -> Self:
        """A copy whose methods answer `APIResponse`s."""
        clone = copy.copy(self)
        clone._client = self._client._raw_caller()
        return clone


class AsyncResource:
    """An async resource namespace: its methods hand each call to the client."""

    def __init__(self, client: AsyncCaller) -> None:
        self._client = client

    def _with_raw_response(self: Self) -> Self:
        """A copy whose methods answer `APIResponse`s."""
        clone = copy.copy(self)
        clone._client = self._client._raw_caller()
        return clone


# The raw namespaces hold the methods of a `_with_raw_response()` copy: these only retype them (no wrapper
# runs at call time), so `client.with_raw_response.x.y` takes exactly the arguments of `client.x.y`.


def raw(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    return cast("Callable[P, APIResponse[R]]", method)


def async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


def raw_page(method: Callable[P, SyncPager[T]]) -> Callable[P, APIResponse[list[T]]]:
    return cast("Callable[P, APIResponse[list[T]]]", method)


def async_raw_page(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[APIResponse[list[T]]]]:
    return cast("Callable[P, Awaitable[APIResponse[list[T]]]]", method)
