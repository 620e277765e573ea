"""Fixtures for the fake's tests: a fresh fake per test, a client wired to it that keeps every HTTP exchange,
and an openapi-core view of openapi/sparkbot.yaml (read from the repo, not through the fake) to check them."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from functools import cache

import httpx
import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from sparkbot import SparkBot
from sparkbot.testing import BASE_URL, FakeSparkBot
from sparkbot.testing._serving import ASGIThreadTransport

from tests.conftest import SPEC_PATH

ENV = ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE")


@cache
def spec_api() -> OpenAPI:
    doc = yaml.safe_load(SPEC_PATH.read_text())
    doc = copy.deepcopy(doc)
    doc["servers"] = [{"url": BASE_URL}]
    return OpenAPI.from_dict(doc)


def assert_matches_spec(response: httpx.Response) -> None:
    """Raise openapi-core's error unless `response` is what the spec documents for its request."""
    request = response.request
    kind = request.headers.get("content-type", "application/json")
    mock_request = MockRequest(
        "http://fake.sparkbot",
        request.method,
        request.url.path,
        args=list(request.url.params.multi_items()),  # type: ignore[arg-type]
        headers=dict(request.headers),
        data=request.content,
        content_type=kind,
    )
    kind = response.headers.get("content-type", "")
    data: bytes | str = response.content
    if "json" not in kind:
        # openapi-core 0.23.1 checks a non-JSON body against `type: string` (OAS 3.1) with isinstance(str):
        # give it the octets as a str, one character per byte.
        data = response.content.decode("latin-1")
    mock_response = MockResponse(data, response.status_code, dict(response.headers), kind)  # type: ignore[arg-type]
    spec_api().validate_response(mock_request, mock_response)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> FakeSparkBot:
    return FakeSparkBot()


@pytest.fixture
def exchanges() -> list[httpx.Response]:
    return []


@pytest.fixture
def client(fake: FakeSparkBot, exchanges: list[httpx.Response]) -> Iterator[SparkBot]:
    """A client of `fake` (no retries) whose every response lands in `exchanges`."""

    def keep(response: httpx.Response) -> None:
        response.read()
        exchanges.append(response)

    http = httpx.Client(
        base_url=BASE_URL, transport=ASGIThreadTransport(fake), event_hooks={"response": [keep]}
    )
    with SparkBot(api_key=fake.api_key, base_url=BASE_URL, http_client=http, max_retries=0) as c:
        yield c
