"""`SparkBot` and `AsyncSparkBot`: configuration, auth, the HTTP connection, and running one call.

Each resource namespace (`client.sessions`, `client.messages` ...) is generated from the spec; it hands
every call to `_request` here, which resolves the default device, validates, sends through the retrying
transport and returns the typed result or raises a typed error.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from sparkbot_api.facade import AsyncRawResources, AsyncResources, SyncRawResources, SyncResources

from . import _constants as C
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    SparkBotError,
    status_error,
)
from ._logging import setup_logging
from ._operation import Operation, RequestOptions, finish, prepare, validate
from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse
from ._transport import MAX_RETRIES_EXTENSION, RetryTransport, redact_url
from ._version import __version__
from .devices import _OBJECT_ID, AsyncDevices, Devices, only

if TYPE_CHECKING:
    from sparkbot_api.client import AuthenticatedClient

    from .files import AsyncFiles, Files

logger = logging.getLogger("sparkbot")


class _Config:
    """Settings shared by both clients; explicit arguments win over the environment."""

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        device: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(C.ENV_API_KEY)
        if not key:
            raise SparkBotError(f"no API key: pass api_key= or set the {C.ENV_API_KEY} environment variable")
        self._api_key = key
        # No default host: SparkBot is a white label, so a default would send the key to someone else's.
        url = base_url or os.environ.get(C.ENV_BASE_URL)
        if not url:
            raise SparkBotError(
                f"no base URL: pass base_url= or set the {C.ENV_BASE_URL} environment variable "
                "to your SparkBot host, e.g. https://<your-sparkbot-host>/v1"
            )
        self.base_url = url.rstrip("/")
        self.device = device if device is not None else (os.environ.get(C.ENV_DEVICE) or None)
        self.timeout = timeout if timeout is not None else C.DEFAULT_TIMEOUT
        self.max_retries = max_retries if max_retries is not None else C.DEFAULT_MAX_RETRIES
        self.default_headers = dict(default_headers or {})
        # A 24-hex default device is used as given; a phone or alias is resolved on first use, then cached.
        self._device_id = self.device if self.device and _OBJECT_ID.match(self.device) else None
        setup_logging(key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, device={self.device!r}, api_key='***')"

    def _generated_client(self) -> AuthenticatedClient:
        """The generated client, set up with the Token header, base URL, timeout and retries."""
        from sparkbot_api.client import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self.base_url,
            token=self._api_key,
            prefix="",
            auth_header_name="Token",
            timeout=self.timeout if isinstance(self.timeout, httpx.Timeout) else httpx.Timeout(self.timeout),
            headers={"User-Agent": f"sparkbot-python/{__version__}", **self.default_headers},
            httpx_args={"transport": RetryTransport(max_retries=self.max_retries)},
        )

    def _use_http_client(self, given: httpx.Client | httpx.AsyncClient | None) -> None:
        """Our own httpx client carries the base URL, Token and User-Agent; whatever a caller's
        `http_client=` lacks of them, every request carries itself."""
        self._per_request: dict[str, str] = {}
        self._url_prefix = ""
        if given is not None:
            needed = {
                "Token": self._api_key,
                "User-Agent": f"sparkbot-python/{__version__}",
                **self.default_headers,
            }
            self._per_request = {k: v for k, v in needed.items() if given.headers.get(k) != v}
            if str(given.base_url).rstrip("/") != self.base_url:
                self._url_prefix = self.base_url

    def _send_kwargs(self, request: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
        if not request.get("params"):  # an empty mapping still costs httpx a URL merge
            request.pop("params", None)
        headers = request.pop("headers", None)
        if self._per_request or headers or options.extra_headers:
            request["headers"] = {**self._per_request, **(headers or {}), **(options.extra_headers or {})}
        if options.max_retries is not None:
            request["extensions"] = {MAX_RETRIES_EXTENSION: options.max_retries}
        if options.timeout is not None:
            request["timeout"] = options.timeout
        if self._url_prefix:
            request["url"] = self._url_prefix + request["url"]
        return request

    def _with_default_device(self, op: Operation, values: Mapping[str, Any]) -> Mapping[str, Any]:
        if op.device and values.get("device") is None and self._device_id is not None:
            return {**values, "device": self._device_id}
        return values

    def _needs_device(self, op: Operation, values: Mapping[str, Any]) -> bool:
        """Whether the default device must be looked up first: where the API needs one and none is known
        yet, or where it may be left out (the API then uses the account's default number) but the client
        was configured with a phone or alias."""
        if not op.device or values.get("device") is not None or self._device_id is not None:
            return False
        return op.device != "optional-body" or bool(self.device)


def _connection_error(exc: httpx.TransportError) -> APIConnectionError:
    request = exc._request if exc._request is not None else httpx.Request("GET", "http://unknown")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(request=request, message=f"Connection error: {type(exc).__name__}")


def _generic_request(method: str, path: str, params: Mapping[str, Any] | None, json: Any) -> dict[str, Any]:
    request: dict[str, Any] = {"method": method.upper(), "url": "/" + path.lstrip("/"), "params": params}
    if json is not None:
        request["json"] = json
    return request


def _raw_result(response: httpx.Response) -> APIResponse[Any]:
    """The result of `request()`: the typed error of a non-2xx, else the body as JSON, text or bytes."""
    if not response.is_success:
        raise status_error(response)
    kind = response.headers.get("content-type", "")
    parsed: Any = response.content
    if "json" in kind and response.content:
        try:
            parsed = response.json()
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            raise APIResponseValidationError(response, reason=f"{type(exc).__name__}: {exc}") from exc
    elif kind.startswith("text/"):
        parsed = response.text
    return APIResponse(response.status_code, response.headers, parsed, response)


class SparkBot(_Config, SyncResources):
    """The SparkBot WhatsApp API client: `client.<resource>.<action>(...)` for every action."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        device: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, device, timeout, max_retries, default_headers)
        self._generated = self._generated_client()
        if http_client is not None:
            self._generated.set_httpx_client(http_client)
        self._use_http_client(http_client)
        self._http = self._generated.get_httpx_client()

    def _facade_client(self) -> SparkBot:
        return self

    @cached_property
    def devices(self) -> Devices:
        return Devices(self)

    @cached_property
    def files(self) -> Files:
        from .files import Files  # loaded on first use, like every generated namespace

        return Files(self)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same actions, returning `APIResponse` (status, headers, parsed) instead of the result."""
        return _SyncRaw(self)

    def _request(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, raw: bool = False
    ) -> Any:
        if self._needs_device(op, values):
            self._device_id = (
                self.devices.resolve(self.device).id if self.device else only(self.devices.list()).id
            )
        request = prepare(op, self._with_default_device(op, values))
        return finish(op, self._send(request, options), raw)

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> SyncPager[Any]:
        validate(op, values)  # bad filters fail at the call, not at the first iteration
        size = op.page_size(values)

        def fetch(page: int) -> list[Any]:
            return self._request(op, {**values, "page": page, "size": size}, options)  # type: ignore[no-any-return]

        return SyncPager(fetch, page=values.get("page") or 0, size=size, limit=limit)

    def _send(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        try:
            response = self._http.request(**self._send_kwargs(request, options))
        except httpx.TransportError as exc:
            raise _connection_error(exc) from exc
        if logger.isEnabledFor(logging.DEBUG):  # redacting the URL costs: only when it is logged
            logger.debug(
                "%s %s -> %s", response.request.method, redact_url(response.request.url), response.status_code
            )
        return response

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[Any]:
        """Any API call by method and path (relative to the base URL): the `Send API request` action."""
        response = self._send(
            _generic_request(method, path, params, json), RequestOptions(timeout, extra_headers, max_retries)
        )
        return _raw_result(response)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SparkBot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncSparkBot(_Config, AsyncResources):
    """The async SparkBot client: `await client.<resource>.<action>(...)` for every action."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        device: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, device, timeout, max_retries, default_headers)
        self._generated = self._generated_client()
        if http_client is not None:
            self._generated.set_async_httpx_client(http_client)
        self._use_http_client(http_client)
        self._http = self._generated.get_async_httpx_client()

    def _facade_client(self) -> AsyncSparkBot:
        return self

    @cached_property
    def devices(self) -> AsyncDevices:
        return AsyncDevices(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles  # loaded on first use, like every generated namespace

        return AsyncFiles(self)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same actions, returning `APIResponse` (status, headers, parsed) instead of the result."""
        return _AsyncRaw(self)

    async def _request(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, raw: bool = False
    ) -> Any:
        if self._needs_device(op, values):
            if self.device:
                self._device_id = (await self.devices.resolve(self.device)).id
            else:
                self._device_id = only([d async for d in self.devices.list()]).id
        request = prepare(op, self._with_default_device(op, values))
        return finish(op, await self._send(request, options), raw)

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> AsyncPager[Any]:
        validate(op, values)  # bad filters fail at the call, not at the first iteration
        size = op.page_size(values)

        def fetch(page: int) -> Awaitable[list[Any]]:
            return self._request(op, {**values, "page": page, "size": size}, options)

        return AsyncPager(fetch, page=values.get("page") or 0, size=size, limit=limit)

    async def _send(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        try:
            response = await self._http.request(**self._send_kwargs(request, options))
        except httpx.TransportError as exc:
            raise _connection_error(exc) from exc
        if logger.isEnabledFor(logging.DEBUG):  # redacting the URL costs: only when it is logged
            logger.debug(
                "%s %s -> %s", response.request.method, redact_url(response.request.url), response.status_code
            )
        return response

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[Any]:
        """Any API call by method and path (relative to the base URL): the `Send API request` action."""
        response = await self._send(
            _generic_request(method, path, params, json), RequestOptions(timeout, extra_headers, max_retries)
        )
        return _raw_result(response)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncSparkBot:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class _SyncRaw(SyncRawResources):
    def __init__(self, client: SparkBot) -> None:
        self._client = client

    def _facade_client(self) -> SparkBot:
        return self._client


class _AsyncRaw(AsyncRawResources):
    def __init__(self, client: AsyncSparkBot) -> None:
        self._client = client

    def _facade_client(self) -> AsyncSparkBot:
        return self._client
