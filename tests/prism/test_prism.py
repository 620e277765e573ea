"""Every facade method, called with its required arguments only, against Prism mocking the spec.

Prism (`prism mock --errors`) answers a request the spec does not allow with an error status (the spec's
own 400, else 422), an unknown route or method with 404/405, and otherwise with a response generated from
the spec, which the client must parse: any error status or unreadable response fails the test. Run with
`make test-prism` (needs node_modules); deselected from plain `pytest` by the `prism` marker.
"""

from __future__ import annotations

import copy
import importlib
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis_jsonschema import from_schema
from sparkbot import AsyncPager, AsyncSparkBot, SparkBot, SyncPager
from sparkbot._operation import Operation
from sparkbot_api.facade import NAMESPACES

from ..conftest import API_KEY, DEVICE, ROOT, SPEC_PATH

pytestmark = pytest.mark.prism

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP = 60.0
"""Seconds Prism may take to load the spec and listen."""
DYNAMIC = ["--dynamic", "--seed", "sparkbot"]
"""Responses generated from the schemas (seeded: the same every run). Static mode answers "string" for ids
the spec constrains by pattern but gives no example for, and `--errors` turns that response into a 500."""
FIND = settings(database=None, phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck))


def _facade_names(node: Any) -> Iterator[tuple[str, str]]:
    """(x-sparkbot-facade, x-sparkbot-action) of every operation and POST /messages variant in the spec."""
    if isinstance(node, Mapping):
        if "x-sparkbot-facade" in node:
            yield node["x-sparkbot-facade"], node["x-sparkbot-action"]
        for value in node.values():
            yield from _facade_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _facade_names(value)


def _methods() -> list[tuple[str, Operation]]:
    """("namespace.method", its Operation) for each namespace module's methods named in the spec."""
    names = dict(_facade_names(yaml.safe_load(SPEC_PATH.read_text())))
    assert {name.split(".")[0] for name in names} == set(NAMESPACES)
    found = []
    for namespace in NAMESPACES:
        module = importlib.import_module(f"sparkbot_api.facade.{namespace}")
        for name in sorted(names):
            if name.split(".")[0] == namespace:  # by method: send_text and send_list share an action
                op = getattr(module, f"{namespace.upper()}_{name.split('.')[1].upper()}")
                assert isinstance(op, Operation) and op.action == names[name], name
                found.append((name, op))
    return found


METHODS = _methods()


def example(rule: Mapping[str, Any]) -> Any:
    """The simplest value the rule allows (hypothesis shrinks to it, so it is the same every run)."""
    return copy.deepcopy(_example(json.dumps(rule, sort_keys=True)))


@cache
def _example(rule: str) -> Any:
    return find(from_schema(json.loads(rule)), lambda _: True, settings=FIND)


def minimal_arguments(op: Operation) -> dict[str, Any]:
    """The required arguments only, plus the device (always given explicitly) and a send's one target."""
    args = {name: example(op.rules.get(name, {})) for name in op.required}
    for name in op.exactly_one[:1]:  # a send names exactly one target
        args[name] = example(op.rules[name])
    if op.device:
        args["device"] = DEVICE
    return args


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start Prism on a free loopback port; its base URL (Prism serves the paths at its root)."""
    assert PRISM.exists(), f"{PRISM} is missing: run `make install`"
    port = _free_port()
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", *DYNAMIC, str(SPEC_PATH)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base_url, process, log)
        yield base_url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_up(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"prism exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            httpx.get(f"{base_url}/devices", timeout=1.0)  # any HTTP answer means it is listening
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"prism did not answer within {STARTUP:.0f}s:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def client(prism: str) -> Iterator[SparkBot]:
    with SparkBot(api_key=API_KEY, base_url=prism, max_retries=0, timeout=10.0) as c:
        yield c


@pytest.mark.parametrize(("name", "op"), METHODS, ids=[name for name, _ in METHODS])
def test_minimal_call(client: SparkBot, name: str, op: Operation) -> None:
    namespace, method = name.split(".")
    result = getattr(getattr(client, namespace), method)(**minimal_arguments(op))
    if isinstance(result, SyncPager):
        next(iter(result.pages()), None)  # one page: a single request


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "op"), METHODS, ids=[name for name, _ in METHODS])
async def test_minimal_call_async(prism: str, name: str, op: Operation) -> None:
    namespace, method = name.split(".")
    async with AsyncSparkBot(api_key=API_KEY, base_url=prism, max_retries=0, timeout=10.0) as client:
        result = getattr(getattr(client, namespace), method)(**minimal_arguments(op))
        if isinstance(result, AsyncPager):
            await anext(aiter(result.pages()), None)
        else:
            await result
