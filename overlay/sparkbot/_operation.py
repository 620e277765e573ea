"""One API call from facade arguments to request, and from response to result, shared by both clients.

`prepare` checks the arguments against the operation's rules, then has the generated endpoint module build
the request from the plain JSON values; `finish` turns the response into the endpoint's model (or list of
models), text or bytes, or into a typed error. Each step reads the operation's generated record: nothing is
looked up at call time.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

import httpx
from sparkbot_api.facade._base import APIResponse, Operation
from sparkbot_api.types import api_datetime

from ._errors import APIResponseValidationError, SparkBotValidationError, response_text, status_error
from ._validation import check, passes

__all__ = [
    "Operation",
    "argument",
    "finish",
    "jsonable",
    "prepare",
    "validate",
]


_NO_RULES: Mapping[str, Any] = {}
_QUICK_TESTS: dict[int, tuple[Operation, dict[str, Callable[[Any], bool] | None]]] = {}


def _quick_tests(op: Operation) -> dict[str, Callable[[Any], bool] | None]:
    """Each argument's quick rule test (`passes`), gathered once per operation."""
    found = _QUICK_TESTS.get(id(op))
    if found is None or found[0] is not op:
        found = (op, {name: passes(rules) for name, rules in op.rules.items()})
        _QUICK_TESTS[id(op)] = found
    return found[1]


def validate(op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """The given arguments as plain data, each checked against its rules (before any request). A value
    that passes its rules' quick test is plain already; the others are converted, then checked."""
    tests = _quick_tests(op)
    plain: dict[str, Any] = {}
    unchecked = []
    for name, value in values.items():
        if value is None:
            continue
        test = tests.get(name)
        if test is not None and test(value):
            plain[name] = value
        else:
            plain[name] = argument(value, name)
            unchecked.append(name)
    for name in unchecked:
        check(name, plain[name], op.rules.get(name, _NO_RULES))
    for name, _ in op.path_args:
        value = plain.get(name)
        if value is not None and not (type(value) is str and value.isalnum()):  # an id is one segment
            _check_path_segment(name, value)
    return plain


def _check_path_segment(name: str, value: Any) -> None:
    """A path argument names one resource: `.`, `..`, `/` or nothing at all would reach another endpoint."""
    text = str(value)
    if text in ("", ".", "..") or "/" in text or "\\" in text:
        raise SparkBotValidationError(
            name, "must be one path segment: not empty, '.' or '..', and without '/' or '\\'", value
        )


def prepare(op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the arguments, then build the httpx request kwargs with the generated endpoint."""
    for name in op.required:
        if values.get(name) is None:
            raise SparkBotValidationError(name, "is required")
    plain = validate(op, values)
    if op.exactly_one and sum(name in plain for name in op.exactly_one) != 1:
        raise SparkBotValidationError(" / ".join(op.exactly_one), "give exactly one of them")
    kwargs: dict[str, Any] = {}
    size = len(op.path)  # the URL's length, roughly: a long one is then measured exactly
    for name, kw in op.path_args:
        if name in plain:
            kwargs[kw] = text = str(plain[name])
            size += len(text)
    for name, kw in op.query_args:
        value = plain.get(name)
        if value is not None:
            kwargs[kw] = value
            size += len(value) if type(value) is str else _size(value)
    if size * 12 > MAX_URL:  # a character percent-encodes to 12 at most
        _check_url_size(op, plain)
    if op.body_fields:
        kwargs["body"] = {api: plain[name] for name, api in op.body_fields if name in plain}
    elif op.body_array:
        kwargs["body"] = plain["body"]
    request: dict[str, Any] = op.endpoint.build_request(**kwargs)
    return request


MAX_URL = 32_768
"""Longest URL sent, in characters (httpx refuses 65,536; servers commonly far less)."""


def _check_url_size(op: Operation, plain: Mapping[str, Any]) -> None:
    """Refuse, naming the biggest one, query and path arguments that make the URL too long (encoded)."""
    names = [name for name, _ in (*op.path_args, *op.query_args) if name in plain]
    encoded = {name: len(urlencode({name: plain[name]}, doseq=True)) for name in names}
    if sum(encoded.values()) + len(op.path) > MAX_URL:
        name = max(encoded, key=encoded.__getitem__)
        raise SparkBotValidationError(name, f"makes the URL longer than {MAX_URL} characters")


def _size(value: Any) -> int:
    if isinstance(value, list):
        return sum(len(str(v)) + 8 for v in value)  # each repeats the parameter name
    return len(str(value))


def finish(op: Operation, response: httpx.Response, raw: bool) -> Any:
    """The parsed result of a 2xx response, or the typed error of any other."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)
    if op.response == "model":
        parsed = _parse_json(op.endpoint.MODEL, op.endpoint.MANY, response)
    elif op.response == "bytes":
        parsed = response.content
    else:
        parsed = response_text(response)
    if raw:
        return APIResponse(response.status_code, response.headers, parsed, response)
    return parsed


def _parse_json(model: Any, many: bool, response: httpx.Response) -> Any:
    """A JSON reply as the operation's model(s); a reply of another shape still comes back, never mangled.

    A list where one object was expected comes back as a list of models, one object where a list was
    expected as a one-item list (null as an empty list), any other JSON value (a string, a number, null)
    as it came. Only a body that is not JSON at all is an `APIResponseValidationError`.
    """
    try:
        data = response.json()
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, too deeply nested
        raise APIResponseValidationError(response, reason=f"{type(exc).__name__}: {exc}") from exc
    if isinstance(data, dict):
        item = model.from_dict(data)
        return [item] if many else item
    if isinstance(data, list):
        return [model.from_dict(x) if isinstance(x, dict) else x for x in data]
    if many:  # a list was expected: null is an empty one, any other value a one-item list
        return [] if data is None else [data]
    return data


MAX_DEPTH = 32
"""Deepest nesting of lists and objects an argument may have (the API's own bodies are a few levels deep)."""


def argument(value: Any, where: str, depth: int = 0) -> Any:
    """An argument as plain JSON data, or a SparkBotValidationError naming the part (`poll.options[2]`)
    that cannot be sent: not JSON data, a non-finite number, text that is not valid Unicode, a non-string
    key, or nesting deeper than MAX_DEPTH."""
    kind = type(value)
    if kind is str:
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise SparkBotValidationError(
                    where, "must be valid Unicode text (no lone surrogates)"
                ) from None
        return value
    if kind is int or kind is bool or value is None:
        return value
    if kind is float:
        if not math.isfinite(value):
            raise SparkBotValidationError(where, f"must be a finite number, got {value}", value)
        return value
    if depth >= MAX_DEPTH:
        raise SparkBotValidationError(where, f"must not be nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, enum.Enum):  # its value takes its place: no level of its own
        return argument(value.value, where, depth)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return api_datetime(value)  # type: ignore[arg-type]  # a date writes the same way
    if isinstance(value, (str, int, float)):  # subclasses (not enums): as their plain value
        return argument((str if isinstance(value, str) else int if isinstance(value, int) else float)(value),
                        where, depth)  # fmt: skip
    if hasattr(value, "to_dict") and not isinstance(value, Mapping):
        try:
            value = value.to_dict()
        except Exception as exc:
            raise SparkBotValidationError(where, f"to_dict() failed: {type(exc).__name__}") from exc
        return argument(value, where, depth + 1)
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                raise SparkBotValidationError(where, f"keys must be strings, got {type(key).__name__}")
            out[argument(key, where, depth + 1)] = argument(item, f"{where}.{key}", depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [argument(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value)]
    raise SparkBotValidationError(
        where, f"must be JSON data (text, number, boolean, list or mapping), got {kind.__name__}"
    )


def jsonable(value: Any) -> Any:
    """Plain JSON data from what the CLI prints: a model (its `to_dict()`, which is plain already), a list
    of them, or plain data as it is."""
    if isinstance(value, list):
        return [jsonable(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value
