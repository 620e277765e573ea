"""Checks call arguments against the rules the spec gives them, before anything is sent.

The rules are the JSON Schema subset the spec uses (type, enum, pattern, lengths, bounds, item counts,
nested properties), copied into the generated facade; a small checker keeps `jsonschema` out of the
runtime dependencies and names the offending field in every message.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from ._errors import SparkBotValidationError

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)  # as in ECMA-262 (JSON Schema): \d is 0-9 only


def check(where: str, value: Any, rules: Mapping[str, Any]) -> None:
    """Raise SparkBotValidationError naming `where` (a dotted path) if `value` breaks `rules`."""
    if "anyOf" in rules:
        _check_any_of(where, value, rules["anyOf"])
    kind = rules.get("type")
    if isinstance(kind, list):  # OAS 3.1 type lists: accept any of them
        if not any(_is(value, k) for k in kind):
            raise SparkBotValidationError(where, f"must be one of the types {kind}", value)
    elif kind and not _is(value, kind):
        raise SparkBotValidationError(where, f"must be of type {kind}, got {type(value).__name__}", value)
    if "enum" in rules and value not in rules["enum"]:
        raise SparkBotValidationError(where, f"must be one of {list(rules['enum'])}, got {value!r}", value)
    if isinstance(value, str):
        _check_string(where, value, rules)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in rules and value < rules["minimum"]:
            raise SparkBotValidationError(where, f"must be >= {rules['minimum']}, got {value}", value)
        if "maximum" in rules and value > rules["maximum"]:
            raise SparkBotValidationError(where, f"must be <= {rules['maximum']}, got {value}", value)
    elif isinstance(value, (list, tuple)):
        if "minItems" in rules and len(value) < rules["minItems"]:
            raise SparkBotValidationError(where, f"must have at least {rules['minItems']} items", value)
        if "maxItems" in rules and len(value) > rules["maxItems"]:
            raise SparkBotValidationError(where, f"must have at most {rules['maxItems']} items", value)
        for i, item in enumerate(value):
            check(f"{where}[{i}]", item, rules.get("items", {}))
    elif isinstance(value, Mapping):
        for name in rules.get("required", ()):
            if name not in value:
                raise SparkBotValidationError(f"{where}.{name}", "is required")
        for name, sub in (rules.get("properties") or {}).items():
            if name in value:
                check(f"{where}.{name}", value[name], sub)


_PASSES: dict[int, tuple[Mapping[str, Any], Callable[[Any], bool] | None]] = {}


def passes(rules: Mapping[str, Any]) -> Callable[[Any], bool] | None:
    """A quick test that a plain value keeps `rules`, for the shapes most arguments have (text with
    lengths, a pattern or an enum; booleans; integers with bounds), or None for other shapes. True means
    the value is fine as it is; False means "ask `check`", which gives the complaint. Made once per rules
    dict (the generated records share them)."""
    found = _PASSES.get(id(rules))
    if found is None or found[0] is not rules:
        found = (rules, _compile_passes(rules))
        _PASSES[id(rules)] = found
    return found[1]


def _compile_passes(rules: Mapping[str, Any]) -> Callable[[Any], bool] | None:
    kind, keys = rules.get("type"), set(rules) - {"type"}
    if kind == "boolean" and not keys:
        return lambda value: type(value) is bool
    if kind == "integer" and keys <= {"minimum", "maximum"}:
        low, high = rules.get("minimum", -math.inf), rules.get("maximum", math.inf)
        return lambda value: type(value) is int and low <= value <= high
    if kind != "string" or not keys <= {"minLength", "maxLength", "pattern", "enum"}:
        return None
    shortest, longest = rules.get("minLength", 0), rules.get("maxLength", math.inf)
    search = _compiled(rules["pattern"]).search if "pattern" in rules else None
    allowed = frozenset(rules["enum"]) if "enum" in rules else None

    def text(value: Any) -> bool:  # ASCII only: other text also needs its Unicode checked (`argument`)
        return (
            type(value) is str
            and value.isascii()
            and shortest <= len(value) <= longest
            and (search is None or search(value) is not None)
            and (allowed is None or value in allowed)
        )

    return text


def _check_any_of(where: str, value: Any, alternatives: list[Mapping[str, Any]]) -> None:
    """`value` must satisfy one alternative; the message gives each alternative's complaint."""
    problems = []
    for alternative in alternatives:
        try:
            check(where, value, alternative)
        except SparkBotValidationError as exc:
            problems.append(exc.rule if exc.field == where else f"{exc.field}: {exc.rule}")
        else:
            return
    raise SparkBotValidationError(where, "must match one of: " + "; or ".join(problems), value)


def _check_string(where: str, value: str, rules: Mapping[str, Any]) -> None:
    if "minLength" in rules and len(value) < rules["minLength"]:
        raise SparkBotValidationError(where, f"must be at least {rules['minLength']} characters", value)
    if "maxLength" in rules and len(value) > rules["maxLength"]:
        raise SparkBotValidationError(where, f"must be at most {rules['maxLength']} characters", value)
    if "pattern" in rules and not _compiled(rules["pattern"]).search(value):
        raise SparkBotValidationError(where, f"must match {rules['pattern']}, got {value!r}", value)
    if rules.get("format") == "date-time":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            raise SparkBotValidationError(
                where, f"must be an ISO 8601 date-time, got {value!r}", value
            ) from None
        if parsed.tzinfo is None or "T" not in value.upper():  # RFC 3339, as the spec's date-time means
            raise SparkBotValidationError(
                where, f"must be a date and time with its time zone (Z or +hh:mm), got {value!r}", value
            )


def _is(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind in ("integer", "number") and isinstance(value, bool):
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES.get(kind, (object,)))


# --- options: the client's and each call's, checked like arguments, before anything is sent -------------

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # an HTTP header name (RFC 9110 token)
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")  # visible ASCII, spaces and tabs: no CR, LF or NUL


def check_seconds(name: str, value: Any) -> None:
    """A timeout or deadline: a finite positive number of seconds (or an httpx.Timeout for `timeout`)."""
    if value is None:
        return
    if name == "timeout" and type(value).__name__ == "Timeout" and hasattr(value, "as_dict"):
        for part, seconds in value.as_dict().items():
            if seconds is not None:
                check_seconds(f"timeout.{part}", seconds)
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SparkBotValidationError(name, f"must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise SparkBotValidationError(name, f"must be a finite number of seconds above 0, got {value}", value)


MAX_RETRIES_LIMIT = 100


def check_max_retries(name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise SparkBotValidationError(name, f"must be an int, got {type(value).__name__}")
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise SparkBotValidationError(name, f"must be between 0 and {MAX_RETRIES_LIMIT}, got {value}", value)


def check_headers(name: str, value: Any) -> None:
    """Header names and values that HTTP can carry: a CR or LF would smuggle another header in."""
    if value is None:
        return
    if not isinstance(value, Mapping):
        raise SparkBotValidationError(
            name, f"must be a mapping of header names to values, got {type(value).__name__}"
        )
    for header, text in value.items():
        if not isinstance(header, str) or not _TOKEN.fullmatch(header):
            raise SparkBotValidationError(name, f"header names must be HTTP tokens, got {header!r}")
        if not isinstance(text, str) or not _HEADER_VALUE.fullmatch(text):
            raise SparkBotValidationError(
                f"{name}[{header!r}]", "must be text of visible ASCII characters, without CR or LF"
            )
