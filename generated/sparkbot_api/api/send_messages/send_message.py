"""POST /messages: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.delete_poll_vote import DeletePollVote
from ...models.error import Error
from ...models.forward_message import ForwardMessage
from ...models.message import Message
from ...models.send_contacts_message import SendContactsMessage
from ...models.send_event_confirmation import SendEventConfirmation
from ...models.send_event_message import SendEventMessage
from ...models.send_list_message import SendListMessage
from ...models.send_location_message import SendLocationMessage
from ...models.send_media_message import SendMediaMessage
from ...models.send_poll_message import SendPollMessage
from ...models.send_poll_vote import SendPollVote
from ...models.send_product_message import SendProductMessage
from ...models.send_reaction import SendReaction
from ...models.send_scheduled_message import SendScheduledMessage
from ...models.send_text_message import SendTextMessage


def build_request(
    *,
    body: DeletePollVote
    | ForwardMessage
    | SendContactsMessage
    | SendEventConfirmation
    | SendEventMessage
    | SendListMessage
    | SendLocationMessage
    | SendMediaMessage
    | SendPollMessage
    | SendPollVote
    | SendProductMessage
    | SendReaction
    | SendScheduledMessage
    | SendTextMessage,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    if isinstance(body, SendTextMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendMediaMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendScheduledMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendPollMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendPollVote):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, DeletePollVote):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendEventMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendEventConfirmation):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendLocationMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendContactsMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendReaction):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SendProductMessage):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ForwardMessage):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Message | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

        return response_201

    return None
