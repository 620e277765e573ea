"""The overlay/generated boundary as users meet it: raw access is the normal methods answering
`APIResponse`, and the quick rule tests never let through what the full check refuses."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st
from sparkbot import SparkBot, SparkBotValidationError
from sparkbot._operation import argument
from sparkbot._validation import check, passes
from sparkbot_api.facade import NAMESPACES

from .conftest import DEVICE


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_raw_methods_take_exactly_the_arguments_of_the_normal_ones(client: SparkBot, namespace: str) -> None:
    plain, raw = getattr(client, namespace), getattr(client.with_raw_response, namespace)
    generated = next(c for c in type(plain).__mro__ if c.__module__.startswith("sparkbot_api.facade."))
    names = [n for n, f in vars(generated).items() if inspect.isfunction(f) and not n.startswith("_")]
    assert names
    for name in names:
        assert inspect.signature(getattr(raw, name)) == inspect.signature(getattr(plain, name)), name


def test_a_raw_list_is_its_first_page_with_the_default_size(
    client: SparkBot, router: respx.MockRouter
) -> None:
    route = router.get("/devices").respond(200, json=[{"id": DEVICE}], headers={"x-total": "1"})
    raw = client.with_raw_response.devices.list()
    assert raw.status_code == 200 and raw.headers["x-total"] == "1"
    assert [d.id for d in raw.parsed] == [DEVICE]
    assert dict(route.calls.last.request.url.params) == {"page": "0", "size": "50"}


RULES = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("string")},
        optional={
            "minLength": st.integers(0, 4),
            "maxLength": st.integers(0, 6),
            "pattern": st.sampled_from(["^[a-z]+$", "^\\d{2,4}$", "x", "^$"]),
            "enum": st.lists(st.text(max_size=3), min_size=1, max_size=3),
        },
    ),
    st.fixed_dictionaries({"type": st.just("boolean")}),
    st.fixed_dictionaries(
        {"type": st.just("integer")},
        optional={"minimum": st.integers(-5, 5), "maximum": st.integers(-5, 5)},
    ),
)
VALUES = st.one_of(
    st.text(max_size=6), st.booleans(), st.integers(-10, 10), st.floats(-10, 10), st.none(), st.just("ab")
)


@settings(max_examples=500, deadline=None)
@given(RULES, VALUES)
def test_the_quick_test_passes_only_what_the_full_check_accepts(rules: dict[str, Any], value: Any) -> None:
    test = passes(rules)
    assert test is not None  # every shape drawn here has a quick test
    try:
        checked = argument(value, "x")
        check("x", checked, rules)
        accepted = True
    except SparkBotValidationError:
        accepted = False
    if test(value):
        assert accepted and checked is value  # passed as it is: nothing to convert
    elif accepted and (type(value) in (bool, int) or (type(value) is str and value.isascii())):
        raise AssertionError(f"{value!r} keeps {rules} but the quick test sent it to the full check")


def test_shapes_without_a_quick_test_go_to_the_full_check() -> None:
    assert passes({"type": "string", "format": "date-time"}) is None
    assert passes({"type": "array", "items": {"type": "string"}}) is None
    assert passes({"anyOf": [{"type": "string"}]}) is None
    rules = {"type": "string", "minLength": 2}
    assert passes(rules) is passes(rules)  # made once per rules dict
