"""Property tests from the spec's schemas (hypothesis + hypothesis-jsonschema; profile from conftest).

Responses: every valid body of every response schema parses, and `to_dict()` gives it back; with unknown
fields and unknown enum values added, it still parses and keeps them. Requests: arguments drawn from each
operation's rules make requests the spec accepts; an argument breaking a rule raises
SparkBotValidationError naming it, and nothing is sent.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st
from sparkbot import SparkBot, SparkBotValidationError

from ..conftest import BASE_URL
from .conftest import (
    ACTIONS,
    Action,
    args_strategy,
    call,
    check_request,
    complete,
    json_body_strategy,
    json_schema,
    served,
    strategy,
    valid_args,
)

pytestmark = pytest.mark.usefixtures("simple_examples")

# One action per distinct JSON response schema: the schema is what is being fuzzed.
BY_SCHEMA: dict[str, Action] = {}
for _action in ACTIONS:
    if _action.result == "model":
        BY_SCHEMA.setdefault(json.dumps(_action.response_schema, sort_keys=True), _action)
SCHEMAS = [pytest.param(key, action, id=f"{action.facade}") for key, action in BY_SCHEMA.items()]
ACTION_PARAMS = [pytest.param(action, id=action.facade) for action in ACTIONS]

DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d")
UNKNOWN_FIELD, UNKNOWN_VALUE = "zzUnknownField", "zz-unknown-enum-value"


def normal(value: Any) -> Any:
    """JSON data with date-times as parsed values (to_dict writes `Z` for UTC, however the server spelt
    it), and without null members: a null field reads None like an absent one, and to_dict leaves it out."""
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [normal(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def parse(action: Action, client: SparkBot, body: bytes) -> Any:
    """The action's result when the server answers `body` with the documented status."""
    with respx.mock(base_url=BASE_URL) as router:
        router.route().respond(action.status, content=body, headers={"content-type": action.media})
        return call(action, client, valid_args(action, "minimal"))


def round_trip(action: Action, body: bytes, result: Any) -> list[Any]:
    """The parsed models, after checking that `to_dict()` gives the body back."""
    models = result if action.many else [result]
    assert all(isinstance(m, action.result_class) for m in models)
    sent = json.loads(body)
    got = [m.to_dict() for m in models] if action.many else models[0].to_dict()
    assert normal(got) == normal(sent)
    return list(models)


@pytest.mark.parametrize(("schema_key", "action"), SCHEMAS)
@given(data=st.data())
def test_valid_response_bodies_parse_and_round_trip(
    schema_key: str, action: Action, sync_client: SparkBot, data: st.DataObject
) -> None:
    body = data.draw(json_body_strategy(schema_key), label="body")
    round_trip(action, body, parse(action, sync_client, body))


def widen(schema: Any) -> Any:
    """The schema with an unknown field required in every object and unknown values for string enums."""
    if isinstance(schema, list):
        return [widen(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: (v if k in ("properties", "enum", "required") else widen(v)) for k, v in schema.items()}
    if "properties" in schema:
        out["properties"] = {
            **{k: widen(v) for k, v in schema["properties"].items()},
            UNKNOWN_FIELD: {"const": "kept"},
        }
        out["required"] = [*schema.get("required", []), UNKNOWN_FIELD]
    if "enum" in schema and all(isinstance(v, str) for v in schema["enum"]):
        del out["enum"]
        out["const"] = UNKNOWN_VALUE
    return out


@pytest.mark.parametrize(("schema_key", "action"), SCHEMAS)
@given(data=st.data())
def test_unknown_fields_and_enum_values_are_kept(
    schema_key: str, action: Action, sync_client: SparkBot, data: st.DataObject
) -> None:
    widened = complete(widen(json_schema(json.loads(schema_key))))  # every object and enum, at every depth
    body = json.dumps(data.draw(strategy(widened), label="body")).encode()
    for model in round_trip(action, body, parse(action, sync_client, body)):
        assert model.additional_properties[UNKNOWN_FIELD] == "kept"


@pytest.mark.parametrize("action", ACTION_PARAMS)
@given(data=st.data())
def test_generated_arguments_make_requests_the_spec_accepts(
    action: Action, sync_client: SparkBot, data: st.DataObject
) -> None:
    values = data.draw(args_strategy(action, "any"), label="arguments")
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=served(action))
        call(action, sync_client, values)
    assert route.call_count == 1
    check_request(action, route.calls.last.request)


WRONG_TYPES = [12345, 1.5, "12", True, ["a"], {"a": 1}]


def invalid(rules: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values that break at least one of `rules` (type, enum, pattern, length, format, range, items,
    nested properties)."""
    type_only = jsonschema.Draft7Validator({"type": rules["type"]})
    kinds = [st.sampled_from([v for v in WRONG_TYPES if not type_only.is_valid(v)])]
    if "enum" in rules:
        base = st.integers() if rules["type"] == "integer" else st.text()
        kinds.append(base.filter(lambda v: v not in rules["enum"]))
    if "pattern" in rules:
        kinds.append(st.text().filter(lambda s: not re.search(rules["pattern"], s)))
    if rules.get("minLength", 0) > 0:
        kinds.append(st.text(max_size=rules["minLength"] - 1))
    if "maxLength" in rules:
        kinds.append(st.text(min_size=rules["maxLength"] + 1, max_size=rules["maxLength"] + 3))
    if rules.get("format") == "date-time":
        kinds.append(st.sampled_from(["yesterday", "2024-13-45T99:00:00Z", "01/02/2024"]))
    if "minimum" in rules:
        kinds.append(st.integers(max_value=int(rules["minimum"]) - 1))
    if "maximum" in rules:
        kinds.append(st.integers(min_value=int(rules["maximum"]) + 1))
    items = rules.get("items")
    if rules.get("minItems", 0) > 0:
        kinds.append(st.lists(strategy(items or {}), max_size=rules["minItems"] - 1))
    if "maxItems" in rules:
        kinds.append(
            st.lists(strategy(items or {}), min_size=rules["maxItems"] + 1, max_size=rules["maxItems"] + 2)
        )
    if items and items.get("type"):
        kinds.append(st.lists(invalid(items), min_size=1, max_size=1))
    for name, sub in (rules.get("properties") or {}).items():
        if sub.get("type"):
            kinds.append(st.fixed_dictionaries({name: invalid(sub)}))
    if rules.get("required"):
        kinds.append(st.just({}))
    return st.one_of(kinds)


@pytest.mark.parametrize("action", ACTION_PARAMS)
@given(data=st.data())
def test_arguments_breaking_a_rule_are_refused_before_sending(
    action: Action, sync_client: SparkBot, data: st.DataObject
) -> None:
    valid = valid_args(action, "minimal")
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().respond(500)
        for name in action.args:
            bad = data.draw(invalid(action.op.rules[name]), label=name)
            with pytest.raises(SparkBotValidationError) as info:
                call(action, sync_client, {**valid, name: bad})
            field = info.value.field
            assert field == name or field.startswith((f"{name}.", f"{name}[")), f"{field} for {name}={bad!r}"
    assert route.call_count == 0
