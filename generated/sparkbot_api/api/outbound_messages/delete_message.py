"""DELETE /messages/{message_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.result import Result
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Result
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    message_id: str,
    *,
    force: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "DELETE",
        "url": f"/messages/{path_segment(message_id)}",
    }
    params = {
        "force": force,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
