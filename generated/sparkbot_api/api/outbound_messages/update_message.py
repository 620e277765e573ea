"""PATCH /messages/{message_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.message import Message
from ...models.update_message_body import UpdateMessageBody


def build_request(
    message_id: str,
    *,
    body: UpdateMessageBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Message | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    return None
