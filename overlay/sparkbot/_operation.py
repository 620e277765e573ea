"""One API call from facade arguments to typed result, shared by the sync and async clients.

`prepare` checks the arguments and builds the request with the generated `build_request`; `finish` turns
the response into the generated model (JSON replies here, text and other bodies through the generated
`parse_response`) or a typed error.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple, Protocol

import httpx

from ._errors import APIResponseValidationError, SparkBotValidationError, status_error
from ._response import APIResponse
from ._validation import check


class SupportsToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


JSONObject = Mapping[str, Any] | SupportsToDict
"""A nested object argument: a plain mapping with the API's field names, or a generated model."""


class RequestOptions(NamedTuple):
    """Per-call options every facade method takes."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    max_retries: int | None = None


@dataclass(frozen=True)
class Operation:
    """What the generated facade knows of one action: where its generated code is and its rules."""

    name: str
    action: str
    module: str
    method: str
    path: str
    path_args: tuple[tuple[str, str], ...]
    query_args: tuple[tuple[str, str], ...]
    body_fields: tuple[tuple[str, str], ...]
    body_model: str | None
    body_array: bool
    device: str | None  # where the device goes: "path", "body" or "optional-body" (the API may pick it)
    required: tuple[str, ...]
    rules: Mapping[str, Any]
    response: str
    model: str | None = None
    many: bool = False
    exactly_one: tuple[str, ...] = ()
    success: int = 200

    @property
    def generated(self) -> types.ModuleType:
        return _module(self.module)

    def page_size(self, values: Mapping[str, Any]) -> int:
        size = values.get("size")
        return int(size) if size is not None else int(_defaults(self.module)["size"])


@cache
def _module(name: str) -> types.ModuleType:
    return importlib.import_module(name)


@cache
def _hints(module: str) -> dict[str, Any]:
    return typing.get_type_hints(_module(module).build_request)


@cache
def _defaults(module: str) -> dict[str, Any]:
    params = inspect.signature(_module(module).build_request).parameters
    return {name: p.default for name, p in params.items()}


@cache
def _model(path: str) -> Any:
    module, name = path.split(":")
    return getattr(_module(module), name)


def validate(op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """The given arguments as plain data, each checked against its rules (before any request)."""
    plain = {name: jsonable(value) for name, value in values.items() if value is not None}
    for name, value in plain.items():
        check(name, value, op.rules.get(name, {}))
    return plain


def prepare(op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the arguments, then build the httpx request kwargs with the generated code."""
    for name in op.required:
        if values.get(name) is None:
            raise SparkBotValidationError(name, "is required")
    plain = validate(op, values)
    if op.exactly_one and sum(name in plain for name in op.exactly_one) != 1:
        raise SparkBotValidationError(" / ".join(op.exactly_one), "give exactly one of them")
    hints = _hints(op.module)
    kwargs: dict[str, Any] = {kw: plain[name] for name, kw in op.path_args if name in plain}
    for name, kw in op.query_args:
        if name in plain:
            kwargs[kw] = _convert(plain[name], hints[kw])
    if op.body_model:
        body = {api: plain[name] for name, api in op.body_fields if name in plain}
        kwargs["body"] = _model(op.body_model).from_dict(body)
    elif op.body_array:
        kwargs["body"] = _convert(plain["body"], hints["body"])
    request: dict[str, Any] = op.generated.build_request(**kwargs)
    return request


def finish(op: Operation, response: httpx.Response, raw: bool) -> Any:
    """The parsed result of a 2xx response, or the typed error of any other."""
    if not response.is_success:
        raise status_error(response)
    parsed = _parse(op, response)
    if raw:
        return APIResponse(response.status_code, response.headers, parsed, response)
    return parsed


def _parse(op: Operation, response: httpx.Response) -> Any:
    if op.response == "bytes":
        return response.content
    if op.response == "text_or_bytes":
        kind = response.headers.get("content-type", "")
        binary = kind.startswith(("image/", "application/octet")) and "svg" not in kind
        return response.content if binary else response.text
    if op.model is not None:
        return _parse_json(op.model, op.many, response)
    if response.status_code != op.success:  # an undocumented 2xx (200 for 201, say): read it the same way
        response = httpx.Response(op.success, headers=response.headers, content=response.content,
                                  request=response.request)  # fmt: skip
    try:
        return op.generated.parse_response(response)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:  # JSONDecodeError is a ValueError
        raise APIResponseValidationError(response, reason=f"{type(exc).__name__}: {exc}") from exc


def _parse_json(model_path: str, many: bool, response: httpx.Response) -> Any:
    """A JSON reply as the operation's model(s); a reply of another shape still comes back, never mangled.

    A list where one object was expected comes back as a list of models, one object where a list was
    expected as a one-item list, any other JSON value (a string, a number, null) as it came. Only a body
    that is not JSON at all is an `APIResponseValidationError`.
    """
    try:
        data = response.json()
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, too deeply nested
        raise APIResponseValidationError(response, reason=f"{type(exc).__name__}: {exc}") from exc
    model = _model(model_path)
    if isinstance(data, dict):
        item = model.from_dict(data)
        return [item] if many else item
    if isinstance(data, list):
        return [model.from_dict(x) if isinstance(x, dict) else x for x in data]
    return data


_PLAIN = frozenset({str, int, float, bool})


def jsonable(value: Any) -> Any:
    """Plain JSON-like data from what users may pass: models, enums, datetimes, tuples, mappings."""
    if type(value) in _PLAIN:  # the common case first (exact types: a str enum is not plain)
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _convert(value: Any, hint: Any) -> Any:
    """Turn plain data into what a generated keyword expects (enum members, datetimes, models)."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        options = [h for h in typing.get_args(hint) if getattr(h, "__name__", "") != "Unset"]
        hint = options[0] if len(options) == 1 else Any
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return [_convert(v, item) for v in value]
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
        from_dict = getattr(hint, "from_dict", None)
        if from_dict is not None and isinstance(value, Mapping):
            return from_dict(value)
    return value
