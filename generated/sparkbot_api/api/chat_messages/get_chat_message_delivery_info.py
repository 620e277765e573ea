from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_ack_info import MessageAckInfo
from ...types import Response


def _get_kwargs(
    device_id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/messages/{message_id}/ackinfo".format(
            device_id=quote(str(device_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageAckInfo | None:
    if response.status_code == 200:
        response_200 = MessageAckInfo.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageAckInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MessageAckInfo]:
    """Get Message Delivery Info.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        message_id (str): A WhatsApp message id (18-32 hex characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageAckInfo]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MessageAckInfo | None:
    """Get Message Delivery Info.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        message_id (str): A WhatsApp message id (18-32 hex characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageAckInfo
    """

    return sync_detailed(
        device_id=device_id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | MessageAckInfo]:
    """Get Message Delivery Info.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        message_id (str): A WhatsApp message id (18-32 hex characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageAckInfo]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | MessageAckInfo | None:
    """Get Message Delivery Info.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        message_id (str): A WhatsApp message id (18-32 hex characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageAckInfo
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
