"""Every action, sync and async, called with its required arguments only and with all of them.

The request the client sends must be one the spec accepts (openapi-core: method, path, parameters and
their encoding, JSON body, the Token header); the mocked answer is a valid body with every documented
field and the documented success status, and the result must be the documented generated model (a list
of them, bytes for binary data, text for the svg QR code).
"""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import httpx
import pytest
import respx
from sparkbot import APIResponse, AsyncSparkBot, SparkBot, SparkBotValidationError
from sparkbot._openapi import operations

from ..conftest import API_KEY, BASE_URL
from .conftest import (
    ACTIONS,
    GENERIC_ACTION,
    Action,
    acall,
    call,
    catalogue_ids,
    check_request,
    served,
    valid_args,
)
from .openapi_httpx import spec_dict, validate_request, validate_response

MODES = ("minimal", "maximal")
CASES = [pytest.param(action, mode, id=f"{action.facade}-{mode}") for action in ACTIONS for mode in MODES]


def check_result(action: Action, response: httpx.Response | None, result: Any) -> None:
    assert response is not None
    if action.many:
        assert isinstance(result, list) and all(isinstance(item, action.result_class) for item in result)
        assert len(result) == len(response.json()) > 0
    else:
        assert isinstance(result, action.result_class), f"{type(result)} is not {action.result_class}"
    if action.result != "model":
        assert result == (response.content if action.result == "bytes" else response.text)


@pytest.mark.parametrize(("action", "mode"), CASES)
def test_call(action: Action, mode: str, sync_client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=served(action))
        result = call(action, sync_client, valid_args(action, mode))  # type: ignore[arg-type]
    assert route.call_count == 1
    request, response = route.calls.last
    check_request(action, request, maximal=mode == "maximal")
    if action.result == "model":  # openapi-core reads JSON bodies only (not the svg text nor binary data)
        assert response is not None
        validate_response(request, response, BASE_URL)  # the mocked body is itself valid
    check_result(action, response, result)


@pytest.mark.anyio
@pytest.mark.parametrize(("action", "mode"), CASES)
async def test_call_async(action: Action, mode: str, async_client_shared: AsyncSparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=served(action))
        result = await acall(action, async_client_shared, valid_args(action, mode))  # type: ignore[arg-type]
    assert route.call_count == 1
    check_request(action, route.calls.last.request, maximal=mode == "maximal")
    check_result(action, route.calls.last.response, result)


DEVICES = [{"id": "5f0c1a2b3c4d5e6f7a8b9c0d", "alias": "main", "phone": "+34600111222"}]


WITH_DEVICE = [pytest.param(action, id=action.facade) for action in ACTIONS if action.op.device]


@pytest.mark.parametrize("action", WITH_DEVICE)
def test_every_device_argument_takes_an_alias(action: Action) -> None:
    """`device="main"` works wherever a device is taken: looked up once, sent as the id the spec wants."""
    args = {**valid_args(action, "minimal"), "device": "MAIN"}
    with (
        respx.mock(base_url=BASE_URL) as router,
        SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client,
    ):
        listing = router.get("/devices", params={"page": "0"}).respond(200, json=DEVICES)
        route = router.route().mock(return_value=served(action))
        call(action, client, args)
    assert listing.call_count == 1 and route.call_count == 1
    request = route.calls.last.request
    check_request(action, request)
    sent = request.url.path if action.op.device == "path" else json.loads(request.content)["device"]
    assert DEVICES[0]["id"] in sent


def test_generic_request(sync_client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/devices").respond(200, json=DEVICES)
        result = sync_client.request("GET", "/devices")
    validate_request(route.calls.last.request, BASE_URL)
    validate_response(route.calls.last.request, route.calls.last.response, BASE_URL)
    assert isinstance(result, APIResponse) and result.status_code == 200 and result.parsed == DEVICES


@pytest.mark.anyio
async def test_generic_request_async(async_client_shared: AsyncSparkBot) -> None:
    with respx.mock(base_url=BASE_URL) as router:
        route = router.get("/devices").respond(200, json=DEVICES)
        result = await async_client_shared.request("GET", "devices")
    validate_request(route.calls.last.request, BASE_URL)
    assert isinstance(result, APIResponse) and result.parsed == DEVICES


def test_empty_query_value_is_refused_or_accepted_by_the_spec(sync_client: SparkBot) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.get("/devices").respond(200, json=[])
        try:
            sync_client.devices.list(search="").to_list()
        except SparkBotValidationError:
            assert route.call_count == 0
            return
    validate_request(route.calls.last.request, BASE_URL)


def expected_annotation(action: Action, pager: str) -> str:
    if action.result != "model":
        return action.result
    name = action.result_class.__name__
    if action.paged:
        return f"{pager}[{name}]"
    return f"builtins.list[{name}]" if action.many else name


@pytest.mark.parametrize("action", [pytest.param(a, id=a.facade) for a in ACTIONS])
def test_return_annotation_is_the_documented_type(action: Action) -> None:
    module = importlib.import_module(f"sparkbot_api.facade.{action.namespace}")
    camel = "".join(part.title() for part in action.namespace.split("_"))
    for prefix, pager in (("", "SyncPager"), ("Async", "AsyncPager")):
        method = getattr(getattr(module, f"{prefix}{camel}Resource"), action.method)
        assert inspect.signature(method).return_annotation == expected_annotation(action, pager)


def test_contract_covers_148_actions_sync_and_async() -> None:
    """The parametrization is built from the facade; it must cover the catalogue exactly."""
    catalogue = catalogue_ids()
    spec_ids: list[str] = []
    for _, _, op in operations(spec_dict()):
        ids = op["x-sparkbot-action"]
        spec_ids += [ids] if isinstance(ids, str) else ids
    overlay = spec_dict()["x-sparkbot-overlay-actions"]
    assert len(catalogue) == len(set(catalogue)) == 148
    assert len(spec_ids) == len(set(spec_ids)) == 147 and overlay == [GENERIC_ACTION]
    assert sorted(spec_ids + overlay) == sorted(catalogue)
    for mode in MODES:
        covered = [param.values[0].id for param in CASES if param.values[1] == mode]  # type: ignore[union-attr]
        assert sorted({*covered, GENERIC_ACTION}) == sorted(catalogue)  # send_list shares send_text's id
    assert len(CASES) == 2 * 148 == 2 * len({a.facade for a in ACTIONS})  # 147 operations + send_list
