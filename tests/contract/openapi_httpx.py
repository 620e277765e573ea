"""openapi-core has no httpx adapter: these two small classes let it validate real httpx traffic.

`spec_for(base_url)` loads openapi/sparkbot.yaml with its server replaced by the test base URL, so the
spec's `https://{host}/v1` server matches what the client under test calls.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "sparkbot.yaml"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def spec_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(SPEC_PATH.read_text(), Loader=LOADER)
    return loaded


@cache
def spec_for(base_url: str) -> OpenAPI:
    """The spec as an openapi-core `OpenAPI` whose only server is `base_url`."""
    doc = copy.deepcopy(spec_dict())
    doc["servers"] = [{"url": base_url}]
    return OpenAPI.from_dict(doc)


SECRET_HEADERS = ("token", "authorization")


class HttpxOpenAPIRequest:
    """An httpx.Request as openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        # The key's value is not the validator's business (it checks the header is there), and a failing
        # test prints these parameters: keep the key out of the test output.
        headers = [(k, "***" if k.lower() in SECRET_HEADERS else v) for k, v in request.headers.multi_items()]
        query = [(k, "***" if k.lower() == "token" else v) for k, v in request.url.params.multi_items()]
        self.parameters = RequestParameters(query=ImmutableMultiDict(query), header=Headers(headers))

    @property
    def host_url(self) -> str:
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        # Decoded like a server would, except `%2F`: a slash inside one path parameter stays one segment.
        raw = self.request.url.raw_path.decode("ascii").split("?", 1)[0]
        return "%2F".join(unquote(part) for part in raw.replace("%2f", "%2F").split("%2F"))

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self.request.content or None

    @property
    def content_type(self) -> str:
        return str(self.request.headers.get("content-type", "")).lower()


class HttpxOpenAPIResponse:
    """An httpx.Response as openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def content_type(self) -> str:
        return str(self.response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(self.response.headers.multi_items())

    @property
    def data(self) -> bytes | None:
        return self.response.content or None


def validate_request(request: httpx.Request, base_url: str) -> None:
    """Raise openapi-core's validation error if the spec does not accept `request`."""
    spec_for(base_url).validate_request(HttpxOpenAPIRequest(request))


def validate_response(request: httpx.Request, response: httpx.Response, base_url: str) -> None:
    """Raise openapi-core's validation error if the spec does not accept `response` to `request`."""
    spec_for(base_url).validate_response(HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(response))
