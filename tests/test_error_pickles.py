"""Errors after a pickle round trip (task queues, process pools): every attribute kept, the key replaced by
`***` wherever the server echoed it (nested in the body, in the error list, in a header), the raw httpx
objects left behind, and a value that cannot be pickled kept as its repr."""

from __future__ import annotations

import pickle

import httpx
import pytest
import respx
import sparkbot
from sparkbot import SparkBot

from .conftest import API_KEY, BASE_URL


def test_a_status_error_round_trips_with_the_echoed_key_hidden(
    client: SparkBot, router: respx.MockRouter
) -> None:
    body = {
        "message": "denied",
        "errorCode": "E_KEY",
        "errors": [{"detail": f"key {API_KEY}"}, API_KEY],
        "echo": {API_KEY: [f"{API_KEY}!", 3]},
    }
    router.get("/devices").respond(403, json=body, headers={"X-Echo": f"was {API_KEY}", "X-Other": "kept"})
    with pytest.raises(sparkbot.PermissionDeniedError) as info:
        client.request("GET", "/devices")
    restored = pickle.loads(pickle.dumps(info.value))
    assert type(restored) is sparkbot.PermissionDeniedError
    assert (restored.status_code, restored.message, restored.error_code) == (403, "denied", "E_KEY")
    assert restored.errors == [{"detail": "key ***"}, "***"]
    assert restored.body == {**body, "errors": restored.errors, "echo": {"***": ["***!", 3]}}
    assert restored.headers["x-echo"] == "was ***" and restored.headers["x-other"] == "kept"
    assert restored.response is None and str(restored) == str(info.value)
    assert API_KEY not in repr(vars(restored)) and API_KEY not in repr(restored.args)


def test_a_rate_limit_error_keeps_its_retry_after(client: SparkBot, router: respx.MockRouter) -> None:
    router.get("/devices").respond(429, json={"message": "slow"}, headers={"Retry-After": "7"})
    with pytest.raises(sparkbot.RateLimitError) as info:
        client.request("GET", "/devices")
    restored = pickle.loads(pickle.dumps(info.value))
    assert restored.retry_after == 7.0 and restored.message == "slow"


def test_a_connection_error_round_trips(router: respx.MockRouter) -> None:
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        router.get("/devices").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(sparkbot.APIConnectionError) as info:
            client.request("GET", "/devices", params={"token": API_KEY})
    restored = pickle.loads(pickle.dumps(info.value))
    assert type(restored) is sparkbot.APIConnectionError
    assert (restored.method, restored.url, str(restored)) == ("GET", info.value.url, str(info.value))
    assert API_KEY not in str(restored)


def test_an_unpicklable_value_is_kept_as_its_repr() -> None:
    error = sparkbot.SparkBotValidationError("handler", "must be JSON data", value=lambda: None)
    restored = pickle.loads(pickle.dumps(error))
    assert (restored.field, restored.rule, str(restored)) == ("handler", "must be JSON data", str(error))
    assert isinstance(restored.value, str) and restored.value.startswith("<function")
    plain = pickle.loads(pickle.dumps(sparkbot.SparkBotValidationError("size", "must be >= 1", 0)))
    assert plain.value == 0


def test_a_device_resolution_error_lists_its_candidates() -> None:
    error = sparkbot.DeviceResolutionError("2 devices match 'shop'", ["a (+1)", "b (+2)"])
    assert str(error) == "2 devices match 'shop': a (+1); b (+2)" and error.candidates == ["a (+1)", "b (+2)"]
    alone = sparkbot.DeviceResolutionError("no device")
    assert str(alone) == "no device" and alone.candidates == []
    restored = pickle.loads(pickle.dumps(error))
    assert restored.candidates == error.candidates and str(restored) == str(error)


def test_the_key_anywhere_in_the_url_is_hidden_in_the_pickle(
    client: SparkBot, router: respx.MockRouter
) -> None:
    router.get(f"/lookup/{API_KEY}").respond(404, json={"message": "unknown"})
    with pytest.raises(sparkbot.NotFoundError) as info:
        client.request("GET", f"/lookup/{API_KEY}", params={"apikey": API_KEY})
    data = pickle.dumps(info.value)
    assert API_KEY.encode() not in data
    restored = pickle.loads(data)
    assert restored.args == (f"404 unknown (GET {BASE_URL}/lookup/***?apikey=***)",)
