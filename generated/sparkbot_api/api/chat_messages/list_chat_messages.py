"""GET /chat/{device_id}/messages: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.chat_message import ChatMessage
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = ChatMessage
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    flow: Any = None,
    ack: Any = None,
    wid: Any = None,
    search: Any = None,
    chat: Any = None,
    from_: Any = None,
    to: Any = None,
    type_: Any = None,
    reference: Any = None,
    kind: Any = None,
    sync: Any = None,
    begin: Any = None,
    end: Any = None,
    after: Any = None,
    before: Any = None,
    include: Any = None,
    sort: Any = None,
    limit: Any = None,
    size: Any = None,
    page: Any = None,
    skip: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/messages",
    }
    params = {
        "flow": flow,
        "ack": ack,
        "wid": wid,
        "search": search,
        "chat": chat,
        "from": from_,
        "to": to,
        "type": type_,
        "reference": reference,
        "kind": kind,
        "sync": sync,
        "begin": begin,
        "end": end,
        "after": after,
        "before": before,
        "include": include,
        "sort": sort,
        "limit": limit,
        "size": size,
        "page": page,
        "skip": skip,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
