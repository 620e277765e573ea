"""Shared fixtures: a client pointed at a respx-mocked base URL, sync and async, and the spec."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml
from hypothesis import HealthCheck, settings
from sparkbot import AsyncSparkBot, SparkBot

# Hypothesis profiles for the whole suite: "ci" (make test: derandomized, no deadline, few examples where a
# test sets none) and "deep" (make fuzz: ten times the examples, EXAMPLES_FACTOR scales explicit counts).
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile("deep", settings.get_profile("ci"), max_examples=30)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
EXAMPLES_FACTOR = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else 1

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "sparkbot.yaml"
CATALOGUE_PATH = ROOT / "openapi" / "catalogue" / "actions.yaml"
BASE_URL = "http://sparkbot.test/v1"
API_KEY = "sk-test-5f1e2d3c4b5a"
DEVICE = "5f0c1a2b3c4d5e6f7a8b9c0d"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False, assert_all_mocked=True) as mock:
        yield mock


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[SparkBot]:
    for name in ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE"):
        monkeypatch.delenv(name, raising=False)
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as c:
        yield c


@pytest.fixture
async def async_client(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[AsyncSparkBot]:
    for name in ("SPARKBOT_API_KEY", "SPARKBOT_BASE_URL", "SPARKBOT_DEVICE"):
        monkeypatch.delenv(name, raising=False)
    async with AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as c:
        yield c


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
