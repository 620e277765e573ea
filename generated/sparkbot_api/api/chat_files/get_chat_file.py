"""GET /chat/{device_id}/files/{file_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.chat_file import ChatFile
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = ChatFile
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/files/{path_segment(file_id)}",
    }
    return request
