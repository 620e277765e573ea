"""The spec the fake serves, read once per process from the generated package (`sparkbot_api/openapi.yaml`).

Everything the fake knows about the API comes from here: the route table, each operation's success status
and response schema, the request validation (openapi-core) and the field named by a 400.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Protocol

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.styles.exceptions import EmptyQueryParameterValue
from openapi_core.validation.request.exceptions import (
    MissingRequestBodyError,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .._openapi import JSON, METHODS, success
from .._openapi import operations as walk
from .._openapi import resolve as follow

BASE_PATH = "/v1"


@dataclass(frozen=True)
class ApiOperation:
    """One operation of the spec, as the fake routes and answers it."""

    method: str
    path: str
    operation_id: str
    success: int
    media_type: str
    schema: JSON


@cache
def document() -> JSON:
    text = files("sparkbot_api").joinpath("openapi.yaml").read_text(encoding="utf-8")
    loaded: JSON = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded


@cache
def openapi() -> OpenAPI:
    """The spec for openapi-core, served at the relative `/v1` so any host matches; the spec itself is
    checked by CI (`make lint-spec`), so it is not validated again here (that costs a second per process)."""
    doc = copy.deepcopy(document())
    doc["servers"] = [{"url": BASE_PATH}]
    for item in doc["paths"].values():
        for method in METHODS:
            form = item.get(method, {}).get("requestBody", {}).get("content", {}).get("multipart/form-data")
            if form:
                _file_parts_as_31(doc, form.get("schema", {}))
    return OpenAPI.from_dict(doc, config=Config(spec_validator_cls=None))  # pyright: ignore[reportArgumentType]


def _file_parts_as_31(doc: JSON, schema: JSON) -> None:
    """Spell the file parts of a multipart body the OAS 3.1 way (`contentMediaType`) instead of 3.0's
    `format: binary` (what openapi-python-client needs to generate a `File`): openapi-core 0.23.1 reads a
    `format: binary` part as bytes, then refuses it for not being a string, so no upload would pass."""
    if "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    for part in schema.get("properties", {}).values():
        target = part.get("items", part)  # a part may also be an array of files
        if target.get("format") == "binary":
            del target["format"]
            target.setdefault("contentMediaType", "application/octet-stream")


@cache
def operations() -> tuple[ApiOperation, ...]:
    found = []
    for path, method, op in walk(document()):
        status, response = success(document(), op)
        media_type, content = next(iter(response.get("content", {"application/json": {}}).items()))
        schema = content.get("schema", {})
        found.append(ApiOperation(method.upper(), path, op["operationId"], status, media_type, schema))
    return tuple(found)


def resolve(schema: JSON) -> JSON:
    """A schema with its top-level `$ref` followed."""
    followed: JSON = follow(document(), schema)
    return followed


def schema_name(schema: JSON) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


_SAMPLE_STRINGS = {
    "^[0-9a-fA-F]{24}$": "000000000000000000000000",
    "^[a-fA-F0-9]{18,32}$": "3EB0000000000000000000",
}


def sample(schema: JSON) -> Any:
    """The smallest value valid for `schema`: required properties only, first enum value, empty arrays.
    Used for operations the fake keeps no state for, so that even they answer a schema-valid body."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: JSON = {}
        for part in schema["allOf"]:
            merged.update(sample(part))
        return merged
    if "anyOf" in schema or "oneOf" in schema:
        return sample((schema.get("anyOf") or schema["oneOf"])[0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    kind = next((k for k in kind if k != "null"), "null") if isinstance(kind, list) else kind
    if kind == "object":
        props = schema.get("properties", {})
        return {name: sample(props.get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "string":
        return _SAMPLE_STRINGS.get(schema.get("pattern", ""), "x" * schema.get("minLength", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    return False if kind == "boolean" else None


class ValidationRequest:
    """A received request in openapi-core's Request protocol. The route is already known (starlette matched
    it), so `path_pattern` spares openapi-core the path search; the credentials were checked before, so a
    placeholder `Token` stands in for whichever of the three auth schemes the caller used."""

    host_url = "http://fake.sparkbot"

    def __init__(
        self,
        op: ApiOperation,
        url_path: str,
        path: JSON,
        query: list[tuple[str, str]],
        body: bytes | None,
        content_type: str,
    ) -> None:
        self.method = op.method.lower()
        self.path_pattern = BASE_PATH + op.path
        self.path = url_path
        self.body_elsewhere = body is None
        """The fake checks this body itself (see `validate_variant`): openapi-core gets none."""
        self.body = body or None
        self.content_type = content_type or "application/json"
        # `key[]=a&key[]=b` (what the n8n node sends) is the same array as `key=a&key=b`.
        params = [(k.removesuffix("[]"), v) for k, v in query]
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(params), header=Headers({"Token": "checked"}), path=path
        )


class RequestInvalid(Exception):
    """The request does not match the spec; `field` names the offending parameter or body field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


def validate(request: ValidationRequest) -> JSON:
    """Check the request against the spec; return the query parameters, typed and with spec defaults.

    A request built with `body=None` (POST /messages, whose body the fake checks itself: see
    `validate_variant`) is not refused for lacking one."""
    try:
        result = openapi().unmarshal_request(request)
    except (AssertionError, ValueError) as exc:  # openapi-core's form parser asserts on a malformed body
        kind = request.content_type.split(";", 1)[0]
        raise RequestInvalid("body", f"the body is not valid {kind}") from exc
    for error in result.errors:
        if not (request.body_elsewhere and isinstance(error, MissingRequestBodyError)):
            raise _explain(error)
    return dict(result.parameters.query)


def _explain(error: Exception) -> RequestInvalid:
    if isinstance(error, ParameterValidationError):
        if isinstance(error.__cause__, EmptyQueryParameterValue):  # `?search=`: openapi-core says no more
            return RequestInvalid(error.name, "query parameter is empty: leave it out or give it a value")
        details = list(_schema_errors(error))
        reason = details[0].message if details else str(error)
        return RequestInvalid(error.name, f"{error.location} parameter {reason}" if details else reason)
    if isinstance(error, MissingRequestBodyError):
        return RequestInvalid("body", "a JSON request body is required")
    if isinstance(error, RequestBodyValidationError):
        details = list(_schema_errors(error))
        if details:
            return _from_schema_error(_deepest(details[0]))
    return RequestInvalid("", str(error))


class SchemaError(Protocol):
    """What the fake reads of a `jsonschema.ValidationError` (jsonschema ships no type hints)."""

    message: str
    validator: str
    validator_value: Any
    instance: Any
    absolute_path: Sequence[str | int]
    relative_schema_path: Sequence[str | int]
    context: list[SchemaError]


def _schema_errors(error: Exception) -> Iterator[SchemaError]:
    yield from getattr(error.__cause__, "schema_errors", ())


def _deepest(error: SchemaError) -> SchemaError:
    """For anyOf/oneOf failures, the errors of the alternative that came closest (fewest errors)."""
    if not error.context:
        return error
    groups: dict[Any, list[SchemaError]] = {}
    for sub in error.context:
        groups.setdefault(sub.relative_schema_path[0], []).append(sub)
    closest = min(groups.values(), key=len)
    return _deepest(closest[0])


def _from_schema_error(error: SchemaError) -> RequestInvalid:
    path = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [name for name in error.validator_value if name not in error.instance]
        path += missing[:1]
        return RequestInvalid(".".join(path), "is required")
    return RequestInvalid(".".join(path) or "body", error.message)


@cache
def _variant_validator(name: str) -> OAS31Validator:  # pyright: ignore[reportInvalidTypeForm]
    root = {"$ref": f"#/components/schemas/{name}", "components": document()["components"]}
    return OAS31Validator(root, format_checker=oas31_format_checker)


def validate_variant(name: str, body: Any) -> None:
    """POST /messages takes `anyOf` 13 bodies, so a media message with a bad `media` still passes as a
    text message; the fake checks the body against the kind it was recognised as, like the real API. That
    is stricter than the `anyOf` (and 100 times faster than openapi-core trying all 13), so openapi-core
    is not asked about this body at all."""
    targets = document()["components"]["schemas"]["MessageOptions"]["x-sparkbot-exactly-one"]
    if isinstance(body, dict) and sum(t in body for t in targets) != 1:
        raise RequestInvalid(" / ".join(targets), "give exactly one of them")
    errors: list[SchemaError] = list(_variant_validator(name).iter_errors(body))
    errors.sort(key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        raise _from_schema_error(_deepest(errors[0]))


@cache
def phone_pattern() -> re.Pattern[str]:
    return re.compile(document()["components"]["schemas"]["Phone"]["pattern"])
