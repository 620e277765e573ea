"""GET /files/{file_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any
from urllib.parse import quote

from ...models.file import File

SUCCESS = 200
"""The documented success status."""
MODEL: Any = File
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/files/{file_id}".format(
            file_id=quote(file_id, safe=""),
        ),
    }
    return request
