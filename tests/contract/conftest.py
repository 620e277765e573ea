"""What the spec-driven tests run on: hypothesis profiles, the action table, strategies and call helpers.

`ACTIONS` pairs every generated facade method (found through the spec's `x-sparkbot-facade`, on operations
and on the 13 send variants) with its `Operation`, its arguments and the response the spec documents.
Strategies come from the spec's schemas and the facade's argument rules, through hypothesis-jsonschema.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import anyio
import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import sparkbot_api.models
import yaml
from hypothesis import Phase, given, seed, settings
from hypothesis import strategies as st
from sparkbot import AsyncPager, AsyncSparkBot, SparkBot, SyncPager
from sparkbot._openapi import operations
from sparkbot._openapi import resolve as follow
from sparkbot._operation import Operation
from sparkbot_api.facade import NAMESPACES

from ..conftest import API_KEY, BASE_URL, CATALOGUE_PATH
from .openapi_httpx import LOADER, spec_dict, validate_request

OPTIONS = frozenset(
    {"timeout", "extra_headers", "max_retries", "deadline", "limit"}
)  # per-call options, not API args
GENERIC_ACTION = "Other:Send API request"  # client.request(...): the spec's x-sparkbot-overlay-actions
Result = Literal["model", "bytes", "str"]
Mode = Literal["minimal", "maximal"]


def resolve(node: Any) -> Any:
    """Follow local `$ref`s in the spec."""
    return follow(spec_dict(), node)
    return node


def properties(schema: Any) -> set[str]:
    """Top-level property names of a schema, through `$ref` and `allOf`."""
    schema = resolve(schema)
    names = set(schema.get("properties") or {})
    for part in schema.get("allOf", []):
        names |= properties(part)
    return names


@dataclass(frozen=True, eq=False)  # hashed by identity: strategies and examples are cached per action
class Action:
    """One generated facade method and what the spec says about it."""

    id: str  # the catalogue id, e.g. "WhatsApp session:Sync session"
    facade: str  # "<namespace>.<method>"
    op: Operation
    args: tuple[str, ...]  # the API arguments of the facade method (those with rules), in order
    no_default: tuple[str, ...]  # the arguments without a default
    spec_op: Mapping[str, Any]  # the spec's operation object
    body_schema: Any  # the JSON request body schema (the variant's, for the send actions), or None
    status: int  # the documented success status
    media: str  # its first content type ("" for none)
    response_schema: Any
    result: Result
    result_class: type  # bytes, str or the generated model (of each item, for lists)
    many: bool

    @property
    def namespace(self) -> str:
        return self.facade.split(".")[0]

    @property
    def method(self) -> str:
        return self.facade.split(".")[1]

    @property
    def required(self) -> tuple[str, ...]:
        """The arguments a minimal call passes: required ones, and the device (always explicit here)."""
        first_target = self.op.exactly_one[:1]  # one of the fields of which a call gives exactly one
        return tuple(
            a
            for a in self.args
            if a in self.no_default or a in self.op.required or a == "device" or a in first_target
        )

    @property
    def alternatives(self) -> tuple[str, ...]:
        """The arguments a valid call leaves out: the other fields of an exactly-one group."""
        return self.op.exactly_one[1:]

    @property
    def paged(self) -> bool:
        return self.many and "page" in self.args and "size" in self.args

    def bound(self, client: Any) -> Callable[..., Any]:
        return getattr(getattr(client, self.namespace), self.method)  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return self.facade


def _facade_actions() -> dict[str, tuple[str, Any]]:
    """`<namespace>.<method>` -> (catalogue id, JSON body schema) for each spec operation and send variant."""
    found: dict[str, tuple[str, Any]] = {}
    for _, _, op in operations(spec_dict()):
        content = (op.get("requestBody") or {}).get("content") or {}
        schema = (content.get("application/json") or {}).get("schema")
        for variant in schema["anyOf"] if schema and "anyOf" in schema else [None]:
            marked = resolve(variant) if variant else op
            found[marked["x-sparkbot-facade"]] = (marked["x-sparkbot-action"], variant or schema)
    return found


def _response(spec_op: Mapping[str, Any]) -> tuple[int, str, Any, Result, type, bool]:
    status = next(code for code in spec_op["responses"] if code.startswith("2"))
    content = spec_op["responses"][status].get("content") or {}
    media = next(iter(content), "")
    schema = content[media]["schema"] if media else None
    if any(m.startswith("text/") or m == "image/svg+xml" for m in content):
        return int(status), media, schema, "str", str, False
    if media.startswith(("image/", "application/octet-stream")):
        return int(status), media, schema, "bytes", bytes, False
    assert schema is not None, f"{spec_op['operationId']}: no success body"
    many = schema.get("type") == "array"
    name = (schema["items"] if many else schema)["$ref"].rsplit("/", 1)[1]
    return int(status), media, schema, "model", getattr(sparkbot_api.models, name), many


def build_actions() -> list[Action]:
    by_facade = _facade_actions()
    actions = []
    for namespace in NAMESPACES:
        module = importlib.import_module(f"sparkbot_api.facade.{namespace}")
        resource = getattr(module, "".join(part.title() for part in namespace.split("_")) + "Resource")
        for method, function in vars(resource).items():
            if method.startswith("_") or not inspect.isfunction(function):
                continue
            facade = f"{namespace}.{method}"
            action_id, body_schema = by_facade.pop(facade)
            op: Operation = getattr(module, f"{namespace.upper()}_{method.upper()}")
            assert op.action == action_id, (
                f"{facade}: its Operation is {op.action!r}, the spec says {action_id!r}"
            )
            params = [p for p in inspect.signature(function).parameters.values() if p.name != "self"]
            args = tuple(p.name for p in params if p.name in op.rules)
            assert {p.name for p in params} - set(args) <= OPTIONS, f"{facade}: an argument without rules"
            no_default = tuple(p.name for p in params if p.default is inspect.Parameter.empty)
            spec_op = spec_dict()["paths"][op.path][op.method.lower()]
            actions.append(
                Action(action_id, facade, op, args, no_default, spec_op, body_schema, *_response(spec_op))
            )
    assert not by_facade, f"spec operations without a facade method: {sorted(by_facade)}"
    return actions


ACTIONS = build_actions()
CAMPAIGN: Counter[str] = Counter()
"""Figures of the hostile campaign (test_campaign.py): calls made and outcomes, printed at the end."""


def catalogue_ids() -> list[str]:
    doc = yaml.load(CATALOGUE_PATH.read_text(), Loader=LOADER)
    return [action["id"] for group in doc["resources"] for action in group["actions"]]


# --- schemas to strategies -------------------------------------------------------------------------------

DRAFT7 = {"$schema": "http://json-schema.org/draft-07/schema#"}


def json_schema(node: Any) -> dict[str, Any]:
    """A spec schema as a self-contained JSON Schema for hypothesis-jsonschema and jsonschema.

    Component `$ref`s are inlined here (the spec has no recursive ones): hypothesis-jsonschema cannot
    resolve `#/components/...`, and resolving `#/$defs/...` itself costs it more than all the rest. It
    declares draft 7 (the schemas use nothing newer), as checking schemas against 2020-12 is far slower.
    """
    return {**DRAFT7, **_inline(node)}


def _inline(node: Any) -> Any:
    if isinstance(node, list):
        return [_inline(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:  # its only siblings in the spec are descriptions
        return _component(node["$ref"].removeprefix("#/components/schemas/"))
    return {key: _inline(value) for key, value in node.items()}


@cache
def _component(name: str) -> Any:
    return _inline(spec_dict()["components"]["schemas"][name])


def complete(schema: Any) -> Any:
    """The schema with every object property required and no others, arrays not empty: 'maximal' values."""
    if isinstance(schema, list):
        return [complete(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    assert "allOf" not in schema, "additionalProperties: false would make the allOf parts exclude each other"
    out = {k: complete(v) for k, v in schema.items()}
    if "properties" in schema:
        out["required"] = sorted(schema["properties"])
        out["additionalProperties"] = False
    if schema.get("type") == "array":
        out.setdefault("minItems", 1)
    return out


def ecma_patterns(schema: Any) -> Any:
    """The schema with `\\d` in patterns spelled `[0-9]`: JSON Schema regexes are ECMA-262, where \\d is
    ASCII only, but hypothesis reads them as Python regexes and would draw other Unicode digits."""
    if isinstance(schema, dict):
        return {
            k: v.replace("\\d", "[0-9]") if k == "pattern" and isinstance(v, str) else ecma_patterns(v)
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [ecma_patterns(v) for v in schema]
    return schema


@cache
def _strategy(key: str) -> st.SearchStrategy[Any]:
    from hypothesis_jsonschema import from_schema  # importing it reads unicode tables: not at collection

    return from_schema(ecma_patterns(json.loads(key)))


def strategy(schema: Any) -> st.SearchStrategy[Any]:
    """A hypothesis-jsonschema strategy for a JSON Schema (cached: building one is the slow part)."""
    return _strategy(json.dumps(schema, sort_keys=True))


def non_empty(rules: Mapping[str, Any]) -> dict[str, Any]:
    """Rules for a query argument as the spec means them: no empty value (`allowEmptyValue` defaults to
    false), which the facade's rules do not say (see test_contract's empty query test)."""
    if rules.get("type") == "array":
        return {**rules, "items": non_empty(rules.get("items", {}))}
    if rules.get("type") == "string":
        return {**rules, "minLength": max(1, rules.get("minLength", 0))}
    return dict(rules)


DEVICE_ID = {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}


def arg_rules(action: Action, name: str) -> dict[str, Any]:
    """The JSON Schema a valid value of the argument satisfies. The device is drawn as an id (a phone or an
    alias costs a `devices.list` lookup first: tests/test_devices.py covers those)."""
    rules = DEVICE_ID if name == "device" and action.op.device else action.op.rules[name]
    return {**DRAFT7, **(non_empty(rules) if name in dict(action.op.query_args) else rules)}


@cache
def args_strategy(action: Action, mode: Mode | Literal["any"]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid argument values: the required ones only, every one in full, or required plus any others."""
    args = [n for n in action.args if n not in action.alternatives]
    if mode == "maximal":
        return st.fixed_dictionaries({n: strategy(complete(arg_rules(action, n))) for n in args})
    required = {n: strategy(arg_rules(action, n)) for n in action.required}
    if mode == "minimal":
        return st.fixed_dictionaries(required)
    optional = {n: strategy(arg_rules(action, n)) for n in args if n not in required}
    return st.fixed_dictionaries(required, optional=optional)


@cache
def body_strategy(action: Action, full: bool = False) -> st.SearchStrategy[bytes]:
    """Valid success bodies for the action (binary for files, svg for the QR code); `full`: every
    documented field present and no others."""
    if action.result == "bytes":
        return st.binary(min_size=1, max_size=64)
    if action.result == "str":
        return st.just(b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    return json_body_strategy(json.dumps(action.response_schema, sort_keys=True), full)


@cache  # one strategy object per schema, so that `example` draws once for all the actions sharing it
def json_body_strategy(schema_key: str, full: bool = False) -> st.SearchStrategy[bytes]:
    schema = json_schema(json.loads(schema_key))
    return strategy(complete(schema) if full else schema).map(lambda body: json.dumps(body).encode())


@cache
def example(strategy: st.SearchStrategy[Any]) -> Any:
    """The simplest value of `strategy` (hypothesis draws it first), the same on every run."""
    found: list[Any] = []

    @seed(0)
    @settings(database=None, max_examples=1, phases=[Phase.generate], deadline=None)
    @given(strategy)
    def draw(value: Any) -> None:
        found.append(value)

    draw()
    return found[0]


def valid_args(action: Action, mode: Mode) -> dict[str, Any]:
    """Simple valid arguments for a call (the fuzz tests draw varied ones)."""
    return dict(example(args_strategy(action, mode)))


def served(action: Action) -> httpx.Response:
    """A valid success answer: the documented status and content type, every documented field."""
    headers = {"content-type": action.media} if action.media else {}
    return httpx.Response(action.status, content=example(body_strategy(action, full=True)), headers=headers)


# --- calling and checking -------------------------------------------------------------------------------


def call(action: Action, client: SparkBot, values: Mapping[str, Any]) -> Any:
    """Call the action's facade method with `values` (by keyword); for a paged list, its first page."""
    result = action.bound(client)(**values)
    if action.paged:
        assert isinstance(result, SyncPager), f"{action}: a paged list must return a SyncPager"
        return next(result.pages(), [])
    return result


async def acall(action: Action, client: AsyncSparkBot, values: Mapping[str, Any]) -> Any:
    """`call` with the async client."""
    result = action.bound(client)(**values)
    if action.paged:
        assert isinstance(result, AsyncPager), f"{action}: a paged list must return an AsyncPager"
        return await anext(aiter(result.pages()), [])
    return await result


def query_names(action: Action) -> set[str]:
    params = [resolve(p) for p in action.spec_op.get("parameters", [])]
    return {p["name"] for p in params if p["in"] == "query"}


def check_request(action: Action, request: httpx.Request, maximal: bool = False) -> None:
    """The spec accepts the request (openapi-core), for this action's operation and body variant."""
    validate_request(request, BASE_URL)
    assert request.method == action.op.method
    template = "/v1" + re.sub(r"\{[^/]+\}", "[^/]+", action.op.path)
    assert re.fullmatch(template, request.url.raw_path.decode().split("?")[0]), (
        f"{request.url} for {template}"
    )
    assert request.headers["Token"] == API_KEY
    sent, documented = set(request.url.params), query_names(action)
    assert sent <= documented, f"undocumented query parameters: {sent - documented}"
    assert not maximal or sent == documented, f"query parameters not sent: {documented - sent}"
    if action.body_schema is None:
        assert request.content == b"", "a body was sent to an operation that takes none"
        return
    assert request.headers["content-type"] == "application/json"
    body = json.loads(request.content)
    jsonschema.Draft202012Validator(json_schema(action.body_schema)).validate(body)  # the variant's own
    if maximal and isinstance(body, dict):
        expected = properties(action.body_schema) - set(action.alternatives)
        assert set(body) == expected, "body fields differ from the spec's"


# --- clients shared by the contract tests (respx is entered in each test: they never reach the network) ---


@pytest.fixture(scope="session")
def sync_client() -> Iterator[SparkBot]:
    with SparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        yield client


@pytest.fixture(scope="session")
def async_client_shared() -> Iterator[AsyncSparkBot]:
    client = AsyncSparkBot(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
    yield client
    anyio.run(client.close)


@pytest.fixture(scope="session")
def simple_examples() -> None:
    """Draw every action's simple arguments and answer up front, for @given tests that use them
    (drawing them inside a @given test would nest two hypothesis runs)."""
    for action in ACTIONS:
        valid_args(action, "minimal")
        served(action)


def _action_outcomes(
    terminalreporter: Any, test_file: str, tests: tuple[str, ...], generic: str
) -> dict[str, list[bool]]:
    """Per catalogue action (facade name, or client.request): whether each of its tests passed."""
    outcomes: dict[str, list[bool]] = {}
    for outcome in ("passed", "failed"):
        for report in terminalreporter.stats.get(outcome, []):
            module, _, name = report.nodeid.rpartition("::")
            if report.when != "call" or not module.endswith(test_file):
                continue
            if name.startswith(tuple(f"{t}[" for t in tests)):
                action = name.split("[", 1)[1].rstrip("]")
                action = action.rsplit("-", 1)[0] if test_file.endswith("test_contract.py") else action
                outcomes.setdefault(action, []).append(outcome == "passed")
            elif name.startswith(generic):
                outcomes.setdefault("client.request", []).append(outcome == "passed")
    # per catalogue action: a variant the evidence added (messages.send_list) counts with its action
    catalogue_id = {a.facade: a.id for a in ACTIONS}
    merged: dict[str, list[bool]] = {}
    for facade, results in outcomes.items():
        merged.setdefault(catalogue_id.get(facade, facade), []).extend(results)
    return merged


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The hostile campaign's figures; then two lines: the catalogue actions whose contract tests all
    passed (four calls for a facade method: sync and async, minimal and maximal; two for client.request),
    and those whose error tests (every documented status and unreadable bodies) all passed, sync and async."""
    if CAMPAIGN:
        outcomes = ", ".join(
            f"{k} {v}" for k, v in sorted(CAMPAIGN.items()) if k not in ("calls", "raw exceptions")
        )
        terminalreporter.write_line(
            f"campaign: {CAMPAIGN['calls']} calls, {CAMPAIGN['raw exceptions']} raw exceptions; {outcomes}"
        )
    total = len(catalogue_ids())
    calls = _action_outcomes(terminalreporter, "contract/test_contract.py", ("test_call", "test_call_async"),
                             "test_generic_request")  # fmt: skip
    if calls:
        good = [k for k, v in calls.items() if all(v) and len(v) >= (2 if k == "client.request" else 4)]
        failed = sum(not ok for v in calls.values() for ok in v)
        terminalreporter.write_line(
            f"contract: {len(good)}/{total} catalogue actions passed, sync and async "
            f"({sum(map(len, calls.values()))} calls, {failed} failed)"
        )
    error_tests = ("test_errors", "test_errors_async")
    errors = _action_outcomes(
        terminalreporter, "contract/test_errors_all.py", error_tests, "test_errors_generic_request"
    )
    if errors:
        good = [k for k, v in errors.items() if all(v) and len(v) >= 2]
        failed = sum(not ok for v in errors.values() for ok in v)
        terminalreporter.write_line(
            f"errors: {len(good)}/{total} catalogue actions raise the typed error for every documented "
            f"status and unreadable body, sync and async ({failed} failed)"
        )
