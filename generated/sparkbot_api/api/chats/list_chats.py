"""GET /chat/{device_id}/chats: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.chat import Chat
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Chat
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    status: Any = None,
    unread: Any = None,
    active: Any = None,
    can_send: Any = None,
    read_only: Any = None,
    type_: Any = None,
    agent: Any = None,
    search: Any = None,
    labels: Any = None,
    labels_exclude: Any = None,
    include: Any = None,
    size: Any = None,
    page: Any = None,
    sort: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/chats",
    }
    params = {
        "status": status,
        "unread": unread,
        "active": active,
        "canSend": can_send,
        "readOnly": read_only,
        "type": type_,
        "agent": agent,
        "search": search,
        "labels": labels,
        "labelsExclude": labels_exclude,
        "include": include,
        "size": size,
        "page": page,
        "sort": sort,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
