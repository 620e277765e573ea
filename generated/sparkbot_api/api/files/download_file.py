"""GET /files/{file_id}/download: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = None
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/files/{path_segment(file_id)}/download",
    }
    return request
