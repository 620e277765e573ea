"""Every action, sync and async, fails only with typed sparkbot errors, whatever the server answers.

Each documented error status with a JSON Error body gives the status's error class carrying the body's
message; an HTML error page, an empty body, truncated JSON and a success status with a body that is not
the documented JSON give typed errors too: never KeyError, AttributeError, a JSON or value error, nor an
httpx exception. The clients do not retry (max_retries=0), so each case is exactly one request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import AsyncSparkBot, SparkBot

from ..conftest import API_KEY, BASE_URL
from .conftest import ACTIONS, Action, acall, call, valid_args

STATUS_ERRORS: dict[int, type[sparkbot.APIStatusError]] = {
    400: sparkbot.BadRequestError,
    401: sparkbot.AuthenticationError,
    403: sparkbot.PermissionDeniedError,
    404: sparkbot.NotFoundError,
    409: sparkbot.ConflictError,
    429: sparkbot.RateLimitError,
    500: sparkbot.InternalServerError,
    503: sparkbot.InternalServerError,
}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
JSON = "application/json"


@dataclass(frozen=True)
class Case:
    """One server answer, and the error class the call must raise with `message` in it (None: no error)."""

    name: str
    answer: httpx.Response
    error: type[Exception] | None
    message: str = ""


def answer(status: int, content: bytes = b"", kind: str | None = None) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"content-type": kind} if kind else {})


def cases(action: Action | None) -> list[Case]:
    """The answers every action is tried with (`None`: the generic client.request action)."""
    out = [
        Case(
            f"{status} JSON Error",
            answer(status, b'{"status": %d, "message": "m%d"}' % (status, status), JSON),
            error,
            f"m{status}",
        )
        for status, error in STATUS_ERRORS.items()
    ]
    out.append(
        Case("502 HTML page", answer(502, HTML, "text/html"), sparkbot.InternalServerError, "Bad Gateway")
    )
    out.append(Case("404 empty body", answer(404), sparkbot.NotFoundError))
    out.append(
        Case("500 truncated JSON", answer(500, b'{"status": 500, "mess', JSON), sparkbot.InternalServerError)
    )
    # A success status with a body that is not the documented JSON: an error for JSON actions only
    # (binary and text actions return any body as it is; client.request returns any valid JSON).
    status = action.status if action else 200
    unreadable = sparkbot.APIResponseValidationError if action is None or action.result == "model" else None
    out.append(Case(f"{status} truncated JSON", answer(status, b'{"id": "5f0c1a2b', JSON), unreadable))
    out.append(Case(f"{status} not JSON", answer(status, b"<html>OK</html>", JSON), unreadable))
    if action is not None:
        # replies always parse: a JSON value of another shape comes back as it came (tests/test_replies.py)
        out.append(Case(f"{status} JSON of another type", answer(status, b'"a string"', JSON), None))
    return out


def judge(case: Case, error: BaseException | None, route: respx.Route) -> str | None:
    """What went wrong when `case.answer` made the call raise `error` (None: it returned), or None."""
    if route.call_count != 1:
        return f"{case.name}: {route.call_count} requests (max_retries=0)"
    if error is None:
        return f"{case.name}: no error raised" if case.error else None
    if not isinstance(error, sparkbot.SparkBotError):
        return f"{case.name}: raised {type(error).__module__}.{type(error).__name__}: {error}"
    if type(error) is not case.error:
        return f"{case.name}: raised {type(error).__name__}: {error}"
    if case.message not in str(error):
        return f"{case.name}: {case.message!r} is missing from {error}"
    if isinstance(error, sparkbot.APIStatusError) and case.answer.headers.get("content-type") == JSON:
        body = case.answer.json() if case.message else None
        if error.status_code != case.answer.status_code or error.body != body:
            return f"{case.name}: status {error.status_code}, body {error.body!r}"
    if API_KEY in str(error) or API_KEY in repr(error):
        return f"{case.name}: the API key appears in the error"
    return None


def run(case: Case, route: respx.Route, function: Callable[[], Any]) -> str | None:
    route.reset()
    route.mock(return_value=case.answer)
    try:
        function()
    except BaseException as exc:  # judged: anything but the expected sparkbot error is a failure
        return judge(case, exc, route)
    return judge(case, None, route)


async def arun(case: Case, route: respx.Route, function: Callable[[], Awaitable[Any]]) -> str | None:
    route.reset()
    route.mock(return_value=case.answer)
    try:
        await function()
    except BaseException as exc:
        return judge(case, exc, route)
    return judge(case, None, route)


def report(failures: list[str | None]) -> str:
    return "\n".join(f for f in failures if f)


ACTION_PARAMS = [pytest.param(action, id=action.facade) for action in ACTIONS]


@pytest.mark.parametrize("action", ACTION_PARAMS)
def test_errors(action: Action, sync_client: SparkBot) -> None:
    values = valid_args(action, "minimal")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [run(case, route, lambda: call(action, sync_client, values)) for case in cases(action)]
    assert not report(failures), report(failures)


@pytest.mark.anyio
@pytest.mark.parametrize("action", ACTION_PARAMS)
async def test_errors_async(action: Action, async_client_shared: AsyncSparkBot) -> None:
    values = valid_args(action, "minimal")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [
            await arun(case, route, lambda: acall(action, async_client_shared, values))
            for case in cases(action)
        ]
    assert not report(failures), report(failures)


def generic_cases(unreadable_success: bool) -> list[Case]:
    return [c for c in cases(None) if c.name.startswith("200 ") == unreadable_success]


def test_errors_generic_request(sync_client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [
            run(case, route, lambda: sync_client.request("GET", "/devices")) for case in generic_cases(False)
        ]
    assert not report(failures), report(failures)


@pytest.mark.anyio
async def test_errors_generic_request_async(async_client_shared: AsyncSparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [
            await arun(case, route, lambda: async_client_shared.request("GET", "/devices"))
            for case in generic_cases(False)
        ]
    assert not report(failures), report(failures)


def test_errors_generic_request_unreadable_success(sync_client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [
            run(case, route, lambda: sync_client.request("GET", "/devices")) for case in generic_cases(True)
        ]
    assert not report(failures), report(failures)


@pytest.mark.anyio
async def test_errors_generic_request_unreadable_success_async(async_client_shared: AsyncSparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route()
        failures = [
            await arun(case, route, lambda: async_client_shared.request("GET", "/devices"))
            for case in generic_cases(True)
        ]
    assert not report(failures), report(failures)
