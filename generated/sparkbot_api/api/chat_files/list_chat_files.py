"""GET /chat/{device_id}/files: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.chat_file import ChatFile
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = ChatFile
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    type_: Any = None,
    search: Any = None,
    chat: Any = None,
    ids: Any = None,
    message: Any = None,
    flow: Any = None,
    after: Any = None,
    before: Any = None,
    size: Any = None,
    page: Any = None,
    sort: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/files",
    }
    params = {
        "type": type_,
        "search": search,
        "chat": chat,
        "ids": ids,
        "message": message,
        "flow": flow,
        "after": after,
        "before": before,
        "size": size,
        "page": page,
        "sort": sort,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
