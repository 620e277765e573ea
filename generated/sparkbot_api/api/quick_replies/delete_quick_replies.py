"""DELETE /devices/{device_id}/quickReplies: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.delete_quick_replies_body_item import DeleteQuickRepliesBodyItem
from ...models.error import Error
from ...models.result import Result


def build_request(
    device_id: str,
    *,
    body: list[DeleteQuickRepliesBodyItem],
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devices/{device_id}/quickReplies".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Result | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

        return response_200

    return None
