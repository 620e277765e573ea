"""The argument checker is a JSON Schema subset, not only the rules today's spec happens to use: a type list
that allows null, and an array rule without `items`, work as JSON Schema says (a spec change must not
break it)."""

from __future__ import annotations

from typing import Any

import pytest
from sparkbot import SparkBotValidationError
from sparkbot._validation import check

NULLABLE = {"type": ["string", "null"]}


@pytest.mark.parametrize("value", [None, "text"])
def test_a_type_list_with_null_accepts_none(value: Any) -> None:
    check("note", value, NULLABLE)


@pytest.mark.parametrize("value", [0, False, [], {}])
def test_a_type_list_with_null_refuses_other_types(value: Any) -> None:
    with pytest.raises(SparkBotValidationError) as info:
        check("note", value, NULLABLE)
    assert (info.value.field, info.value.rule) == ("note", "must be one of the types ['string', 'null']")


def test_null_alone_accepts_only_none() -> None:
    check("gone", None, {"type": "null"})
    with pytest.raises(SparkBotValidationError):
        check("gone", "", {"type": "null"})


def test_an_array_without_items_takes_any_items() -> None:
    check("tags", ["a", 1, None, {"k": [2]}], {"type": "array", "maxItems": 4})
    with pytest.raises(SparkBotValidationError) as info:
        check("tags", [1, 2, 3, 4, 5], {"type": "array", "maxItems": 4})
    assert info.value.rule == "must have at most 4 items"


@pytest.mark.parametrize("kind", ["number", "integer"])
def test_a_bool_is_not_a_number(kind: str) -> None:
    check("latitude", 1.5 if kind == "number" else 2, {"type": kind})
    with pytest.raises(SparkBotValidationError) as info:
        check("latitude", True, {"type": kind})
    assert info.value.rule == f"must be of type {kind}, got bool"
