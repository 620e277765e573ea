"""Per-call options at their edges, with the exact complaint: retries from 0 to 100, timeouts and deadlines
of any finite positive number of seconds (each part of an httpx.Timeout too, None meaning none), header
names that are HTTP tokens and values of visible ASCII, spaces and tabs."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import respx
import sparkbot
from sparkbot import SparkBot

ACCEPTED: list[dict[str, Any]] = [
    {"max_retries": 0},
    {"max_retries": 100},
    {"timeout": 0.001},
    {"timeout": 5},
    {"timeout": httpx.Timeout(None)},
    {"timeout": httpx.Timeout(2.0, connect=None)},
    {"deadline": 1},
    {"deadline": 0.5},
    {"extra_headers": {"X-Tag": "a b\tc ~!", "x.y_z~1": ""}},
    {"extra_headers": {}},
]


@pytest.mark.parametrize("options", ACCEPTED)
def test_options_at_the_edge_are_used(
    client: SparkBot, router: respx.MockRouter, options: dict[str, Any]
) -> None:
    route = router.get("/devices").respond(200, json=[])
    client.request("GET", "/devices", **options)
    assert route.call_count == 1
    for name, value in options.get("extra_headers", {}).items():
        assert route.calls.last.request.headers[name] == value


REFUSED: list[tuple[dict[str, Any], str, str]] = [
    ({"max_retries": 101}, "max_retries", "must be between 0 and 100, got 101"),
    ({"max_retries": -1}, "max_retries", "must be between 0 and 100, got -1"),
    ({"max_retries": 2.0}, "max_retries", "must be an int, got float"),
    ({"max_retries": False}, "max_retries", "must be an int, got bool"),
    ({"timeout": True}, "timeout", "must be a number of seconds, got bool"),
    ({"timeout": "1"}, "timeout", "must be a number of seconds, got str"),
    ({"timeout": 0.0}, "timeout", "must be a finite number of seconds above 0, got 0.0"),
    ({"timeout": -math.inf}, "timeout", "must be a finite number of seconds above 0, got -inf"),
    (
        {"timeout": httpx.Timeout(1.0, pool=0)},
        "timeout.pool",
        "must be a finite number of seconds above 0, got 0",
    ),
    ({"deadline": math.nan}, "deadline", "must be a finite number of seconds above 0, got nan"),
    ({"deadline": httpx.Timeout(1.0)}, "deadline", "must be a number of seconds, got Timeout"),
    ({"extra_headers": {"X-A": "\x7f"}}, "extra_headers['X-A']", "must be text of visible ASCII characters"),
    (
        {"extra_headers": {"X-A": "a\nb"}},
        "extra_headers['X-A']",
        "must be text of visible ASCII characters, without CR or LF",
    ),
    ({"extra_headers": {"X:A": "b"}}, "extra_headers", "header names must be HTTP tokens, got 'X:A'"),
    ({"extra_headers": {"": "b"}}, "extra_headers", "header names must be HTTP tokens, got ''"),
    ({"extra_headers": {1: "b"}}, "extra_headers", "header names must be HTTP tokens, got 1"),
    ({"extra_headers": "X-A: b"}, "extra_headers", "must be a mapping of header names to values, got str"),
]


@pytest.mark.parametrize(("options", "field", "rule"), REFUSED)
def test_options_past_the_edge_are_refused_before_sending(
    client: SparkBot, router: respx.MockRouter, options: dict[str, Any], field: str, rule: str
) -> None:
    router.route().respond(200, json=[])
    with pytest.raises(sparkbot.SparkBotValidationError) as info:
        client.request("GET", "/devices", **options)
    assert info.value.field == field
    assert info.value.rule.startswith(rule), info.value.rule
    assert repr(info.value.value) == repr(OFFENDING.get(rule))  # a number out of range rides along
    assert router.calls.call_count == 0


OFFENDING: dict[str, Any] = {
    "must be between 0 and 100, got 101": 101,
    "must be between 0 and 100, got -1": -1,
    "must be a finite number of seconds above 0, got 0.0": 0.0,
    "must be a finite number of seconds above 0, got -inf": -math.inf,
    "must be a finite number of seconds above 0, got 0": 0,
    "must be a finite number of seconds above 0, got nan": math.nan,
}
