"""POST /files: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.file import File

SUCCESS = 201
"""The documented success status."""
MODEL: Any = File
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    reference: Any = None,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "POST",
        "url": "/files",
    }
    params = {
        "reference": reference,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    if body is not None:
        request["json"] = body
    return request
