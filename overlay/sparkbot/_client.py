"""`SparkBot` and `AsyncSparkBot`: configuration, auth, the HTTP connection, and running one call.

Each resource namespace (`client.sessions`, `client.messages` ...) is generated from the spec; it hands
every call to `_request` here (the generated `Caller` protocol), which names the device by id
(devices.py), checks and builds the request (_operation.py), sends it with retries (_transport.py) and
returns the typed result or raises a typed error (_errors.py). See overlay/README.md.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Awaitable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx
from sparkbot_api.facade import AsyncRawResources, AsyncResources, SyncRawResources, SyncResources
from sparkbot_api.facade._base import APIResponse, Operation, RequestOptions

from . import _constants as C
from ._errors import (
    APIResponseValidationError,
    APITimeoutError,
    SparkBotError,
    SparkBotValidationError,
    connection_error,
    response_text,
    status_error,
    undecodable,
)
from ._logging import setup_logging
from ._operation import argument, finish, prepare, validate
from ._pagination import AsyncPages, Pages
from ._transport import (
    DEADLINE,
    MAX_RETRIES_EXTENSION,
    ClientTransport,
    RetryTransport,
    redact_url,
    retries_itself,
)
from ._validation import check_headers, check_max_retries, check_seconds
from ._version import __version__
from .devices import AsyncDevices, DeviceBook, Devices

if TYPE_CHECKING:
    from httpx._types import CookieTypes

    from .files import AsyncFiles, Files

logger = logging.getLogger("sparkbot")


class _ClientBase:
    """What both clients share: settings (explicit arguments win over the environment), the HTTP set-up
    and the per-call plumbing.

    The settings are read-only once the client exists (assigning one raises AttributeError): use
    `with_options(...)` for a client that differs, sharing the connection pool.
    """

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        device: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        deadline: float | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(C.ENV_API_KEY)
        if not key:
            raise SparkBotError(f"no API key: pass api_key= or set the {C.ENV_API_KEY} environment variable")
        if not isinstance(key, str) or not _HEADER_SAFE.fullmatch(key):
            raise SparkBotValidationError(
                "api_key", "must be text of visible ASCII characters (it is a header)"
            )
        self._api_key = key
        setup_logging(key)
        # No default host: SparkBot is a white label, so a default would send the key to someone else's.
        url = base_url or os.environ.get(C.ENV_BASE_URL)
        if not url:
            raise SparkBotError(
                f"no base URL: pass base_url= or set the {C.ENV_BASE_URL} environment variable "
                "to your SparkBot host, e.g. https://<your-sparkbot-host>/v1"
            )
        self._base_url = _checked_base_url(url)
        if device is not None and not isinstance(device, str):
            raise SparkBotValidationError("device", f"must be text, got {type(device).__name__}")
        self._device = device if device is not None else (os.environ.get(C.ENV_DEVICE) or None)
        check_seconds("timeout", timeout)
        check_max_retries("max_retries", max_retries)
        check_headers("default_headers", default_headers)
        check_seconds("deadline", deadline)
        self._timeout = timeout if timeout is not None else C.DEFAULT_TIMEOUT
        self._max_retries = max_retries if max_retries is not None else C.DEFAULT_MAX_RETRIES
        self._max_retries_set = max_retries is not None  # else a caller's http_client keeps its own policy
        self._default_headers = dict(default_headers or {})
        self._deadline = deadline
        self._timeout_set = timeout is not None
        self._timeout_per_request: float | httpx.Timeout | None = None  # set by with_options(timeout=)
        self._devices_book = DeviceBook(self._device)  # shared by with_options copies: one lookup each

    @property
    def base_url(self) -> str:
        """The API's base URL, e.g. `https://host/v1`."""
        return self._base_url

    @property
    def device(self) -> str | None:
        """The default device (id, phone or alias), if any."""
        return self._device

    @property
    def timeout(self) -> float | httpx.Timeout:
        """The timeout of each request (per connect, read, write: see `deadline` for a whole call)."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """Retries after a failed first attempt (only those the retry policy allows)."""
        return self._max_retries

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take, retries and backoff included; None: no limit."""
        return self._deadline

    @property
    def default_headers(self) -> dict[str, str]:
        """Headers sent with every call."""
        return dict(self._default_headers)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SETTINGS:
            how = f"client.with_options({name}=...)" if name in _OPTIONS else "another client"
            raise AttributeError(f"{name} is read-only: use {how} for another value (never silently ignored)")
        super().__setattr__(name, value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, device={self.device!r}, api_key='***')"

    def _derive(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
        default_headers: Mapping[str, str] | None,
    ) -> Any:
        """A copy of this client with other settings, on the same httpx client (so the same pool)."""
        check_seconds("timeout", timeout)
        check_max_retries("max_retries", max_retries)
        check_seconds("deadline", deadline)
        check_headers("default_headers", default_headers)
        copy = object.__new__(type(self))
        copy.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        if timeout is not None:
            copy.__dict__.update(_timeout=timeout, _timeout_per_request=timeout)
        if max_retries is not None:
            copy.__dict__.update(_max_retries=max_retries, _max_retries_set=True)
        if deadline is not None:
            copy.__dict__["_deadline"] = deadline
        if default_headers:
            copy.__dict__["_default_headers"] = {**self._default_headers, **default_headers}
            copy.__dict__["_per_request"] = {**self._per_request, **default_headers}
        return copy

    def _own_http(self, cls: type[HTTPClient]) -> HTTPClient:
        """The httpx client made when the caller gives none: base URL, Token, User-Agent, timeout and the
        retrying transport (which serves both flavours)."""
        timeout = self._timeout if isinstance(self._timeout, httpx.Timeout) else httpx.Timeout(self._timeout)
        headers = {
            "Token": self._api_key,
            "User-Agent": f"sparkbot-python/{__version__}",
            **self._default_headers,
        }
        transport = RetryTransport(max_retries=self._max_retries)
        return cls(base_url=self.base_url, headers=headers, timeout=timeout, transport=transport)

    def _use_http_client(self, given: httpx.Client | httpx.AsyncClient | None) -> None:
        """Our own httpx client carries the base URL, Token and User-Agent; whatever a caller's
        `http_client=` lacks of them, every request carries itself. A caller's client gets our retries
        around it (its own settings apply to each attempt) unless it already sends through a
        RetryTransport."""
        self._per_request: dict[str, str] = {}
        self._url_prefix = ""
        self._sender: RetryTransport | None = None
        if given is not None:
            if self._timeout_set:  # an explicit timeout= wins over the caller's client's own
                self._timeout_per_request = self._timeout
            needed = {
                "Token": self._api_key,
                "User-Agent": f"sparkbot-python/{__version__}",
                **self._default_headers,
            }
            self._per_request = {k: v for k, v in needed.items() if given.headers.get(k) != v}
            if str(given.base_url).rstrip("/") != self.base_url:
                self._url_prefix = self.base_url
            if not retries_itself(given):
                inner = ClientTransport(given)
                self._sender = RetryTransport(inner, inner, max_retries=self._max_retries)

    def _check_options(self, options: RequestOptions) -> None:
        """Per-call options are checked like arguments: a bad one fails the call before anything is sent."""
        if options == _NO_OPTIONS:
            return
        check_seconds("timeout", options.timeout)
        check_headers("extra_headers", options.extra_headers)
        check_max_retries("max_retries", options.max_retries)
        check_seconds("deadline", options.deadline)

    def _send_kwargs(self, request: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
        if not request.get("params"):  # an empty mapping still costs httpx a URL merge
            request.pop("params", None)
        if self._per_request or options.extra_headers:
            request["headers"] = {**self._per_request, **(options.extra_headers or {})}
        if options.max_retries is not None:
            request["extensions"] = {MAX_RETRIES_EXTENSION: options.max_retries}
        elif self._max_retries_set:
            request["extensions"] = {MAX_RETRIES_EXTENSION: self._max_retries}
        timeout = options.timeout if options.timeout is not None else self._timeout_per_request
        if timeout is not None:
            request["timeout"] = timeout
        if self._url_prefix:
            request["url"] = self._url_prefix + request["url"]
        return request

    def _deadline_for(self, options: RequestOptions) -> float | None:
        seconds = options.deadline if options.deadline is not None else self._deadline
        return None if seconds is None else time.monotonic() + seconds

    _answers_raw = False  # the raw caller (`with_raw_response`) answers APIResponse


HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


class _KeptCookies(httpx.Cookies):
    """Cookies sent but never taken from a reply. The API authenticates by its Token header and sets no
    cookie it needs back; a proxy's or CDN's would only follow the key around, and httpx parses every
    reply's cookies through urllib's and email's types, about a tenth of a call."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Take nothing from the reply."""


class _NoCookieJar:
    """Makes an httpx client keep `_KeptCookies` (it has no setting for this: its constructor and its
    `cookies` setter both make a plain jar)."""

    _kept: httpx.Cookies

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self.cookies = None

    @property
    def cookies(self) -> httpx.Cookies:
        return self._kept

    @cookies.setter
    def cookies(self, cookies: CookieTypes | None) -> None:
        self._kept = _KeptCookies(cookies)


class _OwnClient(_NoCookieJar, httpx.Client):
    """The sync httpx client SparkBot makes when the caller gives none."""


class _OwnAsyncClient(_NoCookieJar, httpx.AsyncClient):
    """The async httpx client AsyncSparkBot makes when the caller gives none."""


class _RawCaller:
    """`client.with_raw_response`'s caller: the client's calls answering `APIResponse`, a list action its
    first page's (as the API answered it)."""

    _answers_raw = True

    def __init__(self, client: SparkBot | AsyncSparkBot) -> None:
        self._client = client

    def _request(self, op: Operation, values: Mapping[str, Any], options: RequestOptions) -> Any:
        return self._client._request(op, values, options, raw=True)

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> Any:
        return self._client._request(op, _first_page(op, values), options, raw=True)

    def _raw_caller(self) -> _RawCaller:
        return self

    def __getattr__(self, name: str) -> Any:  # _send, _check_options ... (files.upload's multipart path)
        return getattr(self._client, name)


_NO_OPTIONS = RequestOptions()


def _first_page(op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """A list call's values for its first page: `page` from 0 and `size` the API's default unless given."""
    return {**values, "page": values.get("page") or 0, "size": values.get("size") or op.page_size}


_OPTIONS = frozenset({"timeout", "max_retries", "deadline", "default_headers"})
_SETTINGS = _OPTIONS | {"base_url", "device"}
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def _checked_base_url(given: Any) -> str:
    """The base URL without a trailing slash; credentials, a query or a fragment in it are refused (they
    would be printed, or break every path), without repeating them in the error."""
    if not isinstance(given, str):
        raise SparkBotValidationError("base_url", f"must be text, got {type(given).__name__}")
    try:
        url = httpx.URL(given)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise SparkBotValidationError("base_url", "is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise SparkBotValidationError("base_url", "must be an http:// or https:// URL with a host")
    if url.userinfo or url.query or url.fragment:
        shown = str(url.copy_with(username=None, password=None, query=None, fragment=None))
        raise SparkBotValidationError(
            "base_url",
            f"must not carry credentials, a query or a fragment (use api_key= for the key): {shown}",
        )
    return given.rstrip("/")


def _build(http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Request:
    """The httpx request; a URL httpx refuses (too long, say: the arguments were checked) is an error."""
    try:
        return http.build_request(**kwargs)
    except (httpx.InvalidURL, UnicodeError, ValueError, TypeError) as exc:
        raise SparkBotValidationError("request", f"cannot be sent: {type(exc).__name__}: {exc}") from exc


def _generic_request(method: str, path: str, params: Mapping[str, Any] | None, json: Any) -> dict[str, Any]:
    if not isinstance(method, str) or not _METHOD.fullmatch(method):
        raise SparkBotValidationError("method", "must be an HTTP method such as GET or POST")
    if not isinstance(path, str):
        raise SparkBotValidationError("path", f"must be text, got {type(path).__name__}")
    argument(path, "path")
    if params is not None and not isinstance(params, Mapping):
        raise SparkBotValidationError("params", f"must be a mapping, got {type(params).__name__}")
    request: dict[str, Any] = {
        "method": method.upper(),
        "url": "/" + path.lstrip("/"),
        "params": argument(params, "params") if params else None,
    }
    if json is not None:
        request["json"] = argument(json, "json")
    return request


_METHOD = re.compile(r"[A-Za-z]{1,16}")


def _raw_result(response: httpx.Response) -> APIResponse[Any]:
    """The result of `request()`: the typed error of a non-2xx, else the body as JSON, text or bytes."""
    if not response.is_success:
        raise status_error(response)
    kind = response.headers.get("content-type", "")
    parsed: Any = response.content
    if "json" in kind and response.content:
        try:
            parsed = response.json()
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, too deep
            raise APIResponseValidationError(response, reason=f"{type(exc).__name__}: {exc}") from exc
    elif kind.startswith("text/"):
        parsed = response_text(response)
    return APIResponse(response.status_code, response.headers, parsed, response)


class SparkBot(_ClientBase, SyncResources):
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
        deadline: float | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            hint = (
                " (use AsyncSparkBot for an httpx.AsyncClient)"
                if isinstance(http_client, httpx.AsyncClient)
                else ""
            )
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}{hint}")
        super().__init__(api_key, base_url, device, timeout, max_retries, default_headers, deadline)
        self._use_http_client(http_client)
        self._http = http_client if http_client is not None else self._own_http(_OwnClient)

    def _caller(self) -> SparkBot:
        return self

    def _raw_caller(self) -> _RawCaller:
        return _RawCaller(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> SparkBot:
        """A client like this one with other settings (None keeps this one's), sharing its connection
        pool; closing either closes the pool."""
        client: SparkBot = self._derive(timeout, max_retries, deadline, default_headers)
        return client

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
        return SyncRawResources(self)

    def _request(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, raw: bool = False
    ) -> Any:
        self._check_options(options)
        filled = self._devices_book.known(op, values)
        if filled is None:
            filled = self._devices_book.fill(self, op, values)
        return finish(op, self._send(prepare(op, filled), options), raw)

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> Pages[Any]:
        self._check_options(options)
        validate(op, values)  # bad filters fail at the call, not at the first iteration
        size = int(_first_page(op, values)["size"])  # checked just above

        def fetch(page: int) -> list[Any]:
            return self._request(op, {**values, "page": page, "size": size}, options)  # type: ignore[no-any-return]

        return Pages(fetch, page=values.get("page") or 0, size=size, limit=limit)

    def _send(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        built = _build(self._http, self._send_kwargs(request, options))
        deadline = self._deadline_for(options)
        token = DEADLINE.set(deadline)
        try:
            if self._sender is not None:
                response = self._sender.handle_request(built)
            else:
                response = self._http.send(built, stream=True)
            try:
                response.read()
            except httpx.DecodingError as exc:
                raise undecodable(response, exc) from exc
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise connection_error(exc, built, self._api_key) from exc
        finally:
            DEADLINE.reset(token)
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
        deadline: float | None = None,
    ) -> APIResponse[Any]:
        """Any API call by method and path (relative to the base URL): the `Send API request` action."""
        options = RequestOptions(timeout, extra_headers, max_retries, deadline)
        self._check_options(options)
        response = self._send(_generic_request(method, path, params, json), options)
        return _raw_result(response)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SparkBot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncSparkBot(_ClientBase, AsyncResources):
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
        deadline: float | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            hint = " (use SparkBot for an httpx.Client)" if isinstance(http_client, httpx.Client) else ""
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}{hint}"
            )
        super().__init__(api_key, base_url, device, timeout, max_retries, default_headers, deadline)
        self._use_http_client(http_client)
        self._http = http_client if http_client is not None else self._own_http(_OwnAsyncClient)

    def _caller(self) -> AsyncSparkBot:
        return self

    def _raw_caller(self) -> _RawCaller:
        return _RawCaller(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncSparkBot:
        """A client like this one with other settings (None keeps this one's), sharing its connection
        pool; closing either closes the pool."""
        client: AsyncSparkBot = self._derive(timeout, max_retries, deadline, default_headers)
        return client

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
        return AsyncRawResources(self)

    async def _request(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, raw: bool = False
    ) -> Any:
        self._check_options(options)
        filled = self._devices_book.known(op, values)  # no coroutine unless a lookup is needed
        if filled is None:
            filled = await self._devices_book.afill(self, op, values)
        request = prepare(op, filled)
        return finish(op, await self._send(request, options), raw)

    def _paginate(
        self, op: Operation, values: Mapping[str, Any], options: RequestOptions, limit: int | None
    ) -> AsyncPages[Any]:
        self._check_options(options)
        validate(op, values)  # bad filters fail at the call, not at the first iteration
        size = int(_first_page(op, values)["size"])  # checked just above

        def fetch(page: int) -> Awaitable[list[Any]]:
            return self._request(op, {**values, "page": page, "size": size}, options)

        return AsyncPages(fetch, page=values.get("page") or 0, size=size, limit=limit)

    async def _send(self, request: dict[str, Any], options: RequestOptions) -> httpx.Response:
        built = _build(self._http, self._send_kwargs(request, options))
        deadline = self._deadline_for(options)
        token = DEADLINE.set(deadline)
        try:
            if deadline is None:  # a cancel scope costs about a tenth of a call: only with a deadline
                response = await self._exchange(built)
            else:
                with anyio.fail_after(max(0.0, deadline - time.monotonic())):
                    response = await self._exchange(built)
        except httpx.TransportError as exc:
            raise connection_error(exc, built, self._api_key) from exc
        except TimeoutError as exc:  # the deadline passed
            raise APITimeoutError(request=built) from exc
        finally:
            DEADLINE.reset(token)
        if logger.isEnabledFor(logging.DEBUG):  # redacting the URL costs: only when it is logged
            logger.debug(
                "%s %s -> %s", response.request.method, redact_url(response.request.url), response.status_code
            )
        return response

    async def _exchange(self, built: httpx.Request) -> httpx.Response:
        """One request sent (with retries) and its body read."""
        if self._sender is not None:
            response = await self._sender.handle_async_request(built)
        else:
            response = await self._http.send(built, stream=True)
        try:
            await response.aread()
        except httpx.DecodingError as exc:
            raise undecodable(response, exc) from exc
        finally:
            await response.aclose()
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
        deadline: float | None = None,
    ) -> APIResponse[Any]:
        """Any API call by method and path (relative to the base URL): the `Send API request` action."""
        options = RequestOptions(timeout, extra_headers, max_retries, deadline)
        self._check_options(options)
        response = await self._send(_generic_request(method, path, params, json), options)
        return _raw_result(response)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncSparkBot:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
