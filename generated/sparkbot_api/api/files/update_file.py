"""PATCH /files/{file_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.file import File
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = File
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    file_id: str,
    *,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "PATCH",
        "url": f"/files/{path_segment(file_id)}",
    }
    if body is not None:
        request["json"] = body
    return request
