"""GET /chat/{device_id}/status: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.user_status import UserStatus
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = UserStatus
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    flow: Any = None,
    mine: Any = None,
    scheduled: Any = None,
    ack: Any = None,
    wid: Any = None,
    search: Any = None,
    chat: Any = None,
    phone: Any = None,
    reference: Any = None,
    type_: Any = None,
    begin: Any = None,
    end: Any = None,
    after: Any = None,
    before: Any = None,
    sort: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/status",
    }
    params = {
        "flow": flow,
        "mine": mine,
        "scheduled": scheduled,
        "ack": ack,
        "wid": wid,
        "search": search,
        "chat": chat,
        "phone": phone,
        "reference": reference,
        "type": type_,
        "begin": begin,
        "end": end,
        "after": after,
        "before": before,
        "sort": sort,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
