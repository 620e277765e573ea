"""`FakeSparkBot`: the ASGI app, the path a request takes through it, and the knobs tests turn.

A request is recorded, then meets the injected conditions (latency, failures, rate limit), then auth, then
spec validation (openapi-core), then the path ids are looked up (404), and only then its handler runs. The
state is shared by every way in (in-process clients, uvicorn, `advance()`), so one lock guards it.
"""

from __future__ import annotations

import hmac
import io
import json
import threading
import time
from collections.abc import Generator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send
from werkzeug.formparser import FormDataParser
from werkzeug.http import parse_options_header

from .._constants import DEFAULT_MAX_RETRIES
from ..webhooks import MessageEvent, parse_one
from . import _handlers, _inbound, _messaging, _serving  # noqa: F401  # pyright: ignore[reportUnusedImport]  (registers every handler)
from ._handlers.account import new_campaign
from ._knobs import RateLimit, RecordedRequest, record
from ._router import HANDLERS, ApiError, Call, Reply, Upload, ok, resolve_path
from ._spec import (
    BASE_PATH,
    ApiOperation,
    RequestInvalid,
    ValidationRequest,
    operations,
    sample,
    schema_name,
    validate,
)
from ._state import JSON, State
from ._state import seed as seed_state
from ._webhooks import Sender, envelope, subscribed

if TYPE_CHECKING:
    from sparkbot import AsyncSparkBot, SparkBot

BASE_URL = "http://fake.sparkbot" + BASE_PATH
"""The base URL of the in-process clients (no socket: the host name is never resolved)."""


class FakeSparkBot:
    """A stateful fake of the SparkBot API, built from its OpenAPI spec, for tests, demos and offline work.

    ```python
    fake = FakeSparkBot()                       # one online number (fake.device_id) and two labels
    client = fake.client()                      # a SparkBot wired to the fake in-process, no sockets
    msg = client.messages.send_text(device=fake.device_id, phone="+34600111222", message="hi")
    client.messages.get(msg.id).status          # "sent": each read is one delivery step
    with fake.running() as url: ...             # the same fake over real HTTP, on a free loopback port
    ```

    Every operation of the spec is answered; requests are validated against the spec (400 in the API's
    Error shape, naming the field), the API key is checked (401) and unknown ids are 404s. Outbound
    messages go queued -> sent -> delivered one step per read of the message or per `advance()`, raising
    message:out:new / message:out:ack webhook events to registered (loopback) webhook URLs.
    """

    def __init__(self, api_key: str = "test-key", *, seed: bool = True) -> None:
        self.api_key = api_key
        self.state = State()
        self.requests: list[RecordedRequest] = []
        """Every request received, oldest first; clear it to start counting afresh."""
        self.events: list[JSON] = []
        """Every webhook event raised (in its envelope), whether or not a webhook was listening."""
        self._lock = threading.RLock()
        self._latency = 0.0
        self._failures: list[tuple[int, float | None]] = []
        self._limit: RateLimit | None = None
        self._sender = Sender(self._store_log, self.state.new_id)
        routes: dict[str, dict[str, ApiOperation]] = {}
        for op in operations():
            routes.setdefault(op.path, {})[op.method] = op
        self._app = Starlette(
            routes=[Mount(BASE_PATH, routes=[self._route(path, ops) for path, ops in routes.items()])],
            exception_handlers={HTTPException: self._http_error},
        )
        if seed:
            seed_state(self.state)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)

    # --- knobs -----------------------------------------------------------------------------------------

    @property
    def device_id(self) -> str:
        """The id of the first number (the seeded one, `main`, unless none was seeded)."""
        with self._lock:
            first = next(iter(self.state.devices), None)
        if first is None:
            raise LookupError("the fake has no WhatsApp number: call add_device() first")
        return first

    def add_device(
        self,
        *,
        phone: str = "+34600111333",
        alias: str = "second",
        id: str | None = None,
        session: str = "online",
        plan: str = "professional",
    ) -> JSON:
        """Add a WhatsApp number; `session` is its session status (`online`, `authorize`, `offline` ...)."""
        with self._lock:
            data = self.state.add_device(phone=phone, alias=alias, id=id, session=session, plan=plan)
            return dict(data.device)

    def add_campaign(
        self,
        *,
        name: str = "Campaign",
        device: str | None = None,
        message: str = "Hello!",
        phones: tuple[str, ...] = ("+34600111333",),
        status: str = "draft",
    ) -> JSON:
        """Add a campaign (the API has no action to create one) with one recipient per phone."""
        with self._lock:
            return dict(
                new_campaign(self.state, device or self.device_id, name, message, list(phones), status)
            )

    def rate_limit(self, after: int | None, retry_after: float = 1.0) -> None:
        """Answer 429 with `Retry-After` once `after` requests have passed, for `retry_after` seconds; then
        let `after` more through, and so on (`after=0`: refuse everything). `None` lifts the limit."""
        with self._lock:
            self._limit = None if after is None else RateLimit(after, retry_after)

    def fail_next(self, status: int = 503, times: int = 1, retry_after: float | None = None) -> None:
        """Answer the next `times` requests with `status` (an Error body; `Retry-After` if given)."""
        with self._lock:
            self._failures.extend([(status, retry_after)] * times)

    def latency(self, seconds: float) -> None:
        """Delay every answer by `seconds` (0 to stop)."""
        self._latency = seconds

    def advance(self, steps: int = 1) -> int:
        """Move every outbound message `steps` delivery steps (queued -> sent -> delivered); return how many
        steps were taken in all."""
        with self._lock:
            moved = sum(
                _messaging.advance(self.state, m) for _ in range(steps) for m in self.state.messages.values()
            )
            self._flush_events()
            return moved

    def receive(
        self,
        text: str | None = None,
        *,
        phone: str,
        device: str | None = None,
        media: str | Mapping[str, Any] | None = None,
        group: str | None = None,
    ) -> MessageEvent:
        """Someone (`phone`, E.164) writes `text` to a number (`device`, default the first), in `group`
        when given (a group id; the number joins it): the message lands in its chat and a message:in:new
        event goes to every webhook registered for that number, over loopback HTTP. `media` is a URL or
        `{"url": ..., "caption": ...}` (`text` is then the caption). Returns the event as delivered."""
        with self._lock:
            data = self.state.devices.get(device or self.device_id)
            if data is None:
                raise LookupError(f"the fake has no WhatsApp number {device!r}")
            sent = _inbound.receive(self.state, data, text, phone=phone, media=media, group=group)
            self._flush_events()
            body = next(e for e in reversed(self.events) if e["data"].get("id") == sent["id"])
        event = parse_one(body)
        assert isinstance(event, MessageEvent)
        return event

    def wait_for_webhooks(self, timeout: float = 5.0) -> bool:
        """Block until every webhook delivery raised so far was attempted; False on timeout."""
        return self._sender.wait(timeout)

    # --- ways in ---------------------------------------------------------------------------------------

    def client(self, **kwargs: Any) -> SparkBot:
        """A `SparkBot` talking to this fake in-process (no sockets), with the SDK's own retry policy.
        Takes the `SparkBot` arguments; the API key defaults to the fake's."""
        from sparkbot import RetryTransport, SparkBot

        retries = kwargs.pop("max_retries", None)
        transport = RetryTransport(_serving.ASGIThreadTransport(self), max_retries=_retries(retries))
        http = httpx.Client(base_url=BASE_URL, transport=transport)
        kwargs.setdefault("api_key", self.api_key)
        return SparkBot(base_url=BASE_URL, http_client=http, max_retries=retries, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncSparkBot:
        """An `AsyncSparkBot` talking to this fake through `httpx.ASGITransport`, like `client()`."""
        from sparkbot import AsyncSparkBot, RetryTransport

        retries = kwargs.pop("max_retries", None)
        transport = RetryTransport(
            async_transport=_serving.ASGITimeoutTransport(self), max_retries=_retries(retries)
        )
        http = httpx.AsyncClient(base_url=BASE_URL, transport=transport)
        kwargs.setdefault("api_key", self.api_key)
        return AsyncSparkBot(base_url=BASE_URL, http_client=http, max_retries=retries, **kwargs)

    @contextmanager
    def running(self, host: str = "127.0.0.1", port: int = 0) -> Generator[str, None, None]:
        """Serve the fake over HTTP on a background thread (a free port by default); yield its base URL,
        e.g. `http://127.0.0.1:50123/v1`, and stop the server on exit."""
        with _serving.running(self, host, port) as url:
            yield url

    def serve(self, host: str = "127.0.0.1", port: int = 8787) -> None:
        """Serve the fake over HTTP until interrupted (what `sparkbot fake` runs)."""
        import uvicorn

        uvicorn.run(self, host=host, port=port, log_level="info", lifespan="off")

    # --- one request -----------------------------------------------------------------------------------

    def _route(self, path: str, ops: dict[str, ApiOperation]) -> Route:
        async def endpoint(request: Request) -> Response:
            return await self._handle(request, ops["GET" if request.method == "HEAD" else request.method])

        return Route(path, endpoint, methods=list(ops))

    async def _handle(self, request: Request, op: ApiOperation) -> Response:
        body = await request.body()
        self.requests.append(record(request, body))
        if self._latency:
            await anyio.sleep(self._latency)
        with self._lock:
            injected = self._injected()
        if injected is not None:
            return injected
        problem = self._auth_problem(request)
        if problem:
            return _error(ApiError(401, problem))
        with self._lock:
            try:
                return self._dispatch(request, op, body)
            except ApiError as exc:
                return _error(exc)
            finally:
                self._flush_events()

    def _dispatch(self, request: Request, op: ApiOperation, raw: bytes) -> Response:
        content_type = request.headers.get("content-type", "")
        multipart = content_type.startswith("multipart/form-data")
        own_body = (op.method, op.path) == ("POST", "/messages")  # see _spec.validate_variant
        if own_body and multipart:  # openapi-core, which would refuse the media type, is not asked
            raise ApiError(400, "send the message as a JSON body, not multipart/form-data", "body")
        payload, uploads = _read_body(raw, content_type)
        path = dict(request.path_params)
        checked = ValidationRequest(
            op,
            request.url.path,
            path,
            request.query_params.multi_items(),
            None if own_body else raw,
            content_type,
        )
        try:
            query = validate(checked)
            call = Call(self.state, op, path, query, payload, uploads, multipart)
            resolve_path(call)
            result = HANDLERS.get((op.method, op.path), _generic)(call)
        except RequestInvalid as exc:
            raise ApiError(400, f"invalid request: {exc}", exc.field or None, exc.message) from None
        if not isinstance(result, Reply):
            return JSONResponse(result, op.success)
        if result.media_type == "application/json":
            return JSONResponse(result.body, result.status or op.success)
        return Response(result.body, result.status or op.success, media_type=result.media_type)

    def _injected(self) -> Response | None:
        if self._failures:
            status, retry_after = self._failures.pop(0)
            return _error(
                ApiError(status, f"injected failure ({status}) from FakeSparkBot.fail_next"), retry_after
            )
        wait = self._limit.wait(time.monotonic()) if self._limit else None
        if wait is not None:
            return _error(ApiError(429, "Too many requests - Try again later"), wait)
        return None

    def _auth_problem(self, request: Request) -> str | None:
        key = request.headers.get("token") or request.query_params.get("token")
        bearer = request.headers.get("authorization", "")
        if not key and bearer.lower().startswith("bearer "):
            key = bearer[7:].strip()
        if not key:
            return "missing API key: send it in the Token header"
        if not hmac.compare_digest(key.encode(), self.api_key.encode()):
            return "invalid API key"
        return None

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        """Routing errors (unknown path, wrong method) in the API's Error shape."""
        assert isinstance(exc, HTTPException)
        self.requests.append(record(request, await request.body()))
        status = exc.status_code if exc.status_code in (404, 405) else 400
        what = "no such endpoint" if status == 404 else "method not allowed"
        response = _error(ApiError(status, f"{what}: {request.method} {request.url.path}"))
        if status == 405:  # starlette names the path's methods as a set: give them in a stable order
            allowed = {m.strip() for m in (exc.headers or {}).get("Allow", "").split(",")}
            response.headers["Allow"] = ", ".join(m for m in _METHOD_ORDER if m in allowed)
        return response

    # --- webhooks --------------------------------------------------------------------------------------

    def _flush_events(self) -> None:
        for event, device_id, data in self.state.outbox:
            data_device = self.state.devices.get(device_id)
            device = data_device.device if data_device else {"id": device_id}
            body = envelope(self.state.new_id(), event, device, data)
            self.events.append(body)
            for webhook in self.state.webhooks.values():
                if subscribed(webhook, event, device_id):
                    self._sender.submit(dict(webhook), body)
        self.state.outbox.clear()

    def _store_log(self, webhook_id: str, entry: JSON) -> None:
        with self._lock:
            self.state.webhook_logs.setdefault(webhook_id, []).append(entry)
            webhook = self.state.webhooks.get(webhook_id)
            if webhook is not None:
                webhook["lastRunAt"] = entry["createdAt"]
                if entry["event"] == "error":
                    webhook["lastFailureAt"] = entry["createdAt"]


def _read_body(raw: bytes, content_type: str) -> tuple[Any, dict[str, Upload]]:
    """The body as handlers see it: parsed JSON, or for multipart/form-data its text fields and its files
    (werkzeug's parser, which openapi-core brings along)."""
    mimetype, options = parse_options_header(content_type)
    if mimetype != "multipart/form-data":
        try:
            return (json.loads(raw) if raw else None), {}
        except ValueError as exc:
            raise ApiError(400, f"the body is not valid JSON: {exc}", "body") from None
    # A malformed form parses to nothing (werkzeug is silent); openapi-core then says what is missing.
    _, form, files = FormDataParser().parse(io.BytesIO(raw), mimetype, len(raw), options)
    uploads = {
        name: Upload(part.filename or "", part.mimetype or "application/octet-stream", part.read())
        for name, part in files.items()
    }
    return form.to_dict(), uploads


def _retries(value: int | None) -> int:
    return DEFAULT_MAX_RETRIES if value is None else value


_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _error(exc: ApiError, retry_after: float | None = None) -> Response:
    headers = {} if retry_after is None else {"Retry-After": seconds(retry_after)}
    return JSONResponse(exc.body(), exc.status, headers=headers)


def seconds(value: float) -> str:
    """A delay as `Retry-After` carries it: the value given, to the microsecond (`0.1`, `2`), never rounded
    up to whole seconds, so a test asking for 0.1 s waits 0.1 s."""
    return f"{max(0.0, value):.6f}".rstrip("0").rstrip(".")


def _generic(call: Call) -> Any:
    """The answer of an operation no handler knows (one added to the spec since): `Result` says ok, other
    JSON the smallest schema-valid body, other content one byte. So the fake never lacks an answer."""
    if call.op.media_type != "application/json":
        return Reply(b"x", call.op.media_type)
    if schema_name(call.op.schema) == "Result":
        return ok("ok")
    return sample(call.op.schema)
