from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
from ...types import Response


def _get_kwargs(
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Message | None:
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[Error | Message]:
    """Send a message (text, media, poll, location, ...).

     One endpoint serves every kind of message; the fields present choose the kind. The variants overlap
    (they are open objects sharing the same options), so the body is an anyOf, one variant per action.

    Args:
        body (DeletePollVote | ForwardMessage | SendContactsMessage | SendEventConfirmation |
            SendEventMessage | SendListMessage | SendLocationMessage | SendMediaMessage |
            SendPollMessage | SendPollVote | SendProductMessage | SendReaction | SendScheduledMessage
            | SendTextMessage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> Error | Message | None:
    """Send a message (text, media, poll, location, ...).

     One endpoint serves every kind of message; the fields present choose the kind. The variants overlap
    (they are open objects sharing the same options), so the body is an anyOf, one variant per action.

    Args:
        body (DeletePollVote | ForwardMessage | SendContactsMessage | SendEventConfirmation |
            SendEventMessage | SendListMessage | SendLocationMessage | SendMediaMessage |
            SendPollMessage | SendPollVote | SendProductMessage | SendReaction | SendScheduledMessage
            | SendTextMessage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[Error | Message]:
    """Send a message (text, media, poll, location, ...).

     One endpoint serves every kind of message; the fields present choose the kind. The variants overlap
    (they are open objects sharing the same options), so the body is an anyOf, one variant per action.

    Args:
        body (DeletePollVote | ForwardMessage | SendContactsMessage | SendEventConfirmation |
            SendEventMessage | SendListMessage | SendLocationMessage | SendMediaMessage |
            SendPollMessage | SendPollVote | SendProductMessage | SendReaction | SendScheduledMessage
            | SendTextMessage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> Error | Message | None:
    """Send a message (text, media, poll, location, ...).

     One endpoint serves every kind of message; the fields present choose the kind. The variants overlap
    (they are open objects sharing the same options), so the body is an anyOf, one variant per action.

    Args:
        body (DeletePollVote | ForwardMessage | SendContactsMessage | SendEventConfirmation |
            SendEventMessage | SendListMessage | SendLocationMessage | SendMediaMessage |
            SendPollMessage | SendPollVote | SendProductMessage | SendReaction | SendScheduledMessage
            | SendTextMessage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
