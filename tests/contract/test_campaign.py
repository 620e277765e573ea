"""The hostile campaign (issue 11): every facade method, sync and async, driven with arbitrary Python values
(not only schema-shaped ones) and answered with arbitrary replies, through a counting transport.

Calls: the outcome is a result or a SparkBotError; a SparkBotValidationError names an argument or option
that was passed (`media.caption`, `poll.options[2]`); a refused call sent nothing; a call that was sent
carries nothing the spec forbids. Replies: arbitrary bytes, encodings, content types, statuses, nesting
depths and sizes give a typed result or a SparkBotError, never anything else.

`make test` runs a few examples per method; `make fuzz` (HYPOTHESIS_PROFILE=deep) ten times as many. The
figures (calls made, outcomes, raw exceptions) are printed at the end of the run.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st
from sparkbot import APIStatusError, AsyncSparkBot, SparkBot, SparkBotError, SparkBotValidationError

from ..conftest import API_KEY, BASE_URL, DEVICE, EXAMPLES_FACTOR
from .conftest import (
    ACTIONS,
    CAMPAIGN,
    Action,
    acall,
    arg_rules,
    body_strategy,
    call,
    check_request,
    strategy,
)

pytestmark = pytest.mark.usefixtures("simple_examples")
PARAMS = [pytest.param(action, id=action.facade) for action in ACTIONS]
OPTION_NAMES = ("timeout", "extra_headers", "max_retries", "deadline")
EXAMPLES = 4 * EXAMPLES_FACTOR
CAMPAIGN_SETTINGS = settings(
    max_examples=EXAMPLES, suppress_health_check=list(HealthCheck), deadline=None, database=None
)


class Colour(enum.Enum):
    RED = "red"


def nested(depth: int, leaf: Any = "x") -> Any:
    value = leaf
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


def deep_json(depth: int) -> bytes:
    """Objects and arrays nested `depth` deep, written out directly (json.dumps itself would recurse)."""
    opens = [b'{"k":' if i % 2 else b"[" for i in range(depth)]
    closes = [b"}" if i % 2 else b"]" for i in reversed(range(depth))]
    return b"".join(opens) + b"1" + b"".join(closes)


TEXT = st.one_of(
    st.text(max_size=12),
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),  # lone surrogates
    st.sampled_from(["", ".", "..", "a/b", "\x00", "a\r\nb", "é", "x" * 70_000]),
)
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(),  # nan and infinities included
    TEXT,
    st.binary(max_size=8),
    st.builds(object),
    st.just(Colour.RED),
    st.datetimes(),
    st.dates(),
    st.decimals(allow_nan=True),
    st.complex_numbers(max_magnitude=10),
    st.frozensets(st.integers(), max_size=3),
    st.integers(min_value=40, max_value=3_000).map(nested),
    st.just(["5f0c1a2b3c4d5e6f7a8b9c0d"] * 100_000),
)
KEYS = st.one_of(st.text(max_size=6), st.integers(), st.tuples(st.integers()), st.none())
ANY = st.recursive(
    LEAVES,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.tuples(children, children),
        st.dictionaries(KEYS, children, max_size=4),
    ),
    max_leaves=8,
)
ABSENT = object()


def near(rules: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A valid value with one nested part replaced by an arbitrary one (so nested names are exercised)."""
    valid = strategy(rules)
    props = list(rules.get("properties") or {})
    if rules.get("type") == "object" and props:
        return st.builds(lambda base, key, value: {**base, key: value}, valid, st.sampled_from(props), ANY)
    if rules.get("type") == "array":
        return st.builds(lambda base, value: [*base, value], valid, ANY)
    return ANY


def argument_values(action: Action) -> st.SearchStrategy[dict[str, Any]]:
    """Per argument: a valid value, an arbitrary one, a valid one spoilt deep inside, or (if it has a
    default) none; per option: mostly none, sometimes an arbitrary value."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for name in action.args:
        rules = {k: v for k, v in arg_rules(action, name).items() if k != "$schema"}
        kinds = [strategy(arg_rules(action, name)), ANY, near(rules)]
        if name not in action.no_default:
            kinds.append(st.just(ABSENT))
        fields[name] = st.one_of(kinds)
    for name in OPTION_NAMES:
        fields[name] = st.one_of(
            st.just(ABSENT), st.just(ABSENT), ANY, st.sampled_from([0.5, 1, 2, {"X-A": "b"}])
        )
    return st.fixed_dictionaries(fields).map(lambda d: {k: v for k, v in d.items() if v is not ABSENT})


class Counting:
    """A transport answering every request with the action's documented success, counting them all."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request)


def sync_client(transport: Counting) -> SparkBot:
    http = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(transport))
    return SparkBot(api_key=API_KEY, base_url=BASE_URL, device=DEVICE, max_retries=0, http_client=http)


def async_client(transport: Counting) -> AsyncSparkBot:
    http = httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(transport))
    return AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, device=DEVICE, max_retries=0, http_client=http)


def run(action: Action, mode: str, transport: Counting, values: dict[str, Any]) -> Any:
    """The call's result, or the exception it raised (of any kind)."""
    try:
        if mode == "sync":
            with sync_client(transport) as client:
                return call(action, client, values)

        async def go() -> Any:
            async with async_client(transport) as client:
                return await acall(action, client, values)

        return anyio.run(go)
    except Exception as exc:
        return exc


def served_answer(action: Action) -> Callable[[httpx.Request], httpx.Response]:
    from .conftest import served

    response = served(action)
    return lambda request: httpx.Response(
        response.status_code, headers=response.headers, content=response.content, request=request
    )


def tally(kind: str, outcome: Any) -> None:
    CAMPAIGN["calls"] += 1
    name = "ok" if not isinstance(outcome, BaseException) else type(outcome).__name__
    if isinstance(outcome, BaseException) and not isinstance(outcome, SparkBotError):
        CAMPAIGN["raw exceptions"] += 1
    CAMPAIGN[f"{kind}: {name}"] += 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("action", PARAMS)
@CAMPAIGN_SETTINGS
@given(data=st.data())
def test_arbitrary_arguments(action: Action, mode: str, data: st.DataObject) -> None:
    values = data.draw(argument_values(action), label="arguments")
    transport = Counting(served_answer(action))
    outcome = run(action, mode, transport, values)
    tally("arguments", outcome)
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, SparkBotError), f"raw {type(outcome).__name__}: {outcome!r}"[:500]
    if isinstance(outcome, SparkBotValidationError):
        field = outcome.field
        if tuple(field.split(" / ")) == action.op.exactly_one:  # names the target to give (one of them)
            return
        assert any(field == name or field.startswith((f"{name}.", f"{name}[")) for name in values), (
            f"{field!r} names no argument passed ({sorted(values)}): {outcome}"[:500]
        )
        assert transport.requests == [], "a refused call reached the network"
        return
    assert not isinstance(outcome, SparkBotError), f"a served success ended in {outcome!r}"[:500]
    assert transport.requests, "a call that succeeded sent nothing"
    for request in transport.requests:
        check_request(action, request)


# --- replies ---------------------------------------------------------------------------------------------

JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_LEAVES,
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
STATUSES = st.one_of(
    st.sampled_from([200, 201, 202, 204, 206, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]),
    st.integers(min_value=200, max_value=599),
)
CONTENT_TYPES = st.one_of(
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=latin-1",
            "application/json; charset=utf-16",
            "application/json; charset=x-bogus",
            "text/plain",
            "text/html",
            "text/plain; charset=x-bogus",
            "application/octet-stream",
            "image/png",
            "image/svg+xml",
            "",
        ]
    ),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
)
ENCODINGS = st.sampled_from(
    [None, None, "gzip", "deflate", "br", "identity", "zstd", "gzip, deflate", "bogus"]
)


def bodies(action: Action) -> st.SearchStrategy[bytes]:
    return st.one_of(
        body_strategy(action),
        ANY_JSON.map(lambda v: json.dumps(v).encode()),
        st.builds(
            lambda v, codec: json.dumps(v, ensure_ascii=False).encode(codec, "replace"),
            ANY_JSON,
            st.sampled_from(["utf-16", "utf-8-sig", "latin-1", "cp1252", "utf-32"]),
        ),
        st.binary(max_size=256),
        st.integers(min_value=50, max_value=300_000).map(lambda n: b"[" * n + b"]" * n),
        st.integers(min_value=50, max_value=50_000).map(deep_json),
        st.sampled_from(
            [b"", b"null", b"[]", b"{}", b'"x"', b"1e999", b"NaN", b"{" + b'"a":1,' * 200_000 + b'"b":2}']
        ),
        st.just(json.dumps(["x" * 1000] * 1000).encode()),  # 1 MB
    )


@st.composite
def replies(draw: st.DrawFn, action: Action) -> tuple[int, dict[str, str], bytes]:
    status = draw(STATUSES)
    body = draw(bodies(action))
    headers = {}
    kind = draw(st.one_of(st.just(action.media), CONTENT_TYPES))
    if kind:
        headers["content-type"] = kind
    encoding = draw(ENCODINGS)
    if encoding:
        headers["content-encoding"] = encoding
        if draw(st.booleans()) and encoding == "gzip":
            body = gzip.compress(body)
        elif draw(st.booleans()) and encoding == "deflate":
            body = zlib.compress(body)
    return status, headers, body


def typed(action: Action, result: Any) -> bool:
    if action.result == "bytes":
        return isinstance(result, bytes)
    if action.result == "str":
        return isinstance(result, (str, bytes))

    # What README "Replies always parse" documents: every JSON object comes back as the model; a list where
    # one object was expected is a list, and items or values that are not objects come back as they came
    # (a list nested in the list too).
    def item(value: Any) -> bool:
        return isinstance(value, action.result_class) or not isinstance(value, dict)

    if action.many:
        return isinstance(result, list) and all(item(x) for x in result)
    return item(result) or (isinstance(result, list) and all(item(x) for x in result))


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("action", PARAMS)
@CAMPAIGN_SETTINGS
@given(data=st.data())
def test_arbitrary_replies(action: Action, mode: str, data: st.DataObject) -> None:
    from .conftest import valid_args

    status, headers, body = data.draw(replies(action), label="reply")
    transport = Counting(  # a stream, as from the network: httpx decodes it when the client reads it
        lambda request: httpx.Response(
            status, headers=headers, stream=httpx.ByteStream(body), request=request
        )
    )
    outcome = run(action, mode, transport, valid_args(action, "minimal"))
    tally("replies", outcome)
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, SparkBotError), f"raw {type(outcome).__name__}: {outcome!r}"[:500]
        if status >= 300:
            assert isinstance(outcome, APIStatusError) and outcome.status_code == status
        assert API_KEY not in str(outcome) and API_KEY not in repr(outcome)
    else:
        assert 200 <= status < 300, f"a {status} reply gave a result"
        assert typed(action, outcome), f"untyped result {type(outcome).__name__} for {action}"
    assert len(transport.requests) == 1


def walk(value: Any) -> list[tuple[Any, int]]:
    """Every value nested in `value`, with its depth (without recursing: some are thousands deep)."""
    found, stack = [], [(value, 0)]
    while stack:
        item, level = stack.pop()
        found.append((item, level))
        if isinstance(item, dict):
            stack.extend((k, level + 1) for k in item)
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend((v, level + 1) for v in item[:100])  # the 100,000-item list: its start will do
    return found


HOSTILE: dict[str, Any] = {
    "surrogate": lambda v: isinstance(v, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in v),
    "nan": lambda v: isinstance(v, float) and v != v,
    "bytes": lambda v: isinstance(v, bytes),
    "object": lambda v: type(v) is object,
    "tuple key": lambda v: isinstance(v, dict) and any(isinstance(k, tuple) for k in v),
    "datetime": lambda v: isinstance(v, (datetime.date, decimal.Decimal)),
}


@pytest.mark.parametrize("kind", [*HOSTILE, "deep"])
def test_campaign_draws_what_it_claims(kind: str) -> None:
    """The strategies really produce each hostile kind of value (so a green campaign means something).

    `find` searches until one turns up, so this does not hang on the luck of a fixed number of draws
    (which depends on what else the run imported: hypothesis draws constants from loaded modules)."""

    def has_kind(value: Any) -> bool:
        parts = walk(value)
        if kind == "deep":
            return max(level for _, level in parts) > 32
        return any(HOSTILE[kind](part) for part, _ in parts)

    find(ANY, has_kind, settings=settings(max_examples=20_000, database=None, derandomize=True,
                                          suppress_health_check=list(HealthCheck)))  # fmt: skip
