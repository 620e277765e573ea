from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.result import Result
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    chat_id: str,
    *,
    body: list[str],
    upsert: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["upsert"] = upsert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/chat/{device_id}/chats/{chat_id}/labels".format(
            device_id=quote(str(device_id), safe=""),
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Result | None:
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Result]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    upsert: bool | Unset = UNSET,
) -> Response[Error | Result]:
    """Update Chat Labels.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        chat_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        upsert (bool | Unset):
        body (list[str]): Labels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Result]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        chat_id=chat_id,
        body=body,
        upsert=upsert,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    upsert: bool | Unset = UNSET,
) -> Error | Result | None:
    """Update Chat Labels.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        chat_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        upsert (bool | Unset):
        body (list[str]): Labels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Result
    """

    return sync_detailed(
        device_id=device_id,
        chat_id=chat_id,
        client=client,
        body=body,
        upsert=upsert,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    upsert: bool | Unset = UNSET,
) -> Response[Error | Result]:
    """Update Chat Labels.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        chat_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        upsert (bool | Unset):
        body (list[str]): Labels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Result]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        chat_id=chat_id,
        body=body,
        upsert=upsert,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[str],
    upsert: bool | Unset = UNSET,
) -> Error | Result | None:
    """Update Chat Labels.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        chat_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        upsert (bool | Unset):
        body (list[str]): Labels.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Result
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            chat_id=chat_id,
            client=client,
            body=body,
            upsert=upsert,
        )
    ).parsed
