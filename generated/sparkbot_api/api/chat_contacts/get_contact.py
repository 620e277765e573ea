from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error import Error
from ...models.get_contact_include import GetContactInclude
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    contact_id: str,
    *,
    include: GetContactInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/contacts/{contact_id}".format(
            device_id=quote(str(device_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Contact | Error | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Contact | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: GetContactInclude | Unset = UNSET,
) -> Response[Contact | Error]:
    """Get Contact Details.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        contact_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        include (GetContactInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        contact_id=contact_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: GetContactInclude | Unset = UNSET,
) -> Contact | Error | None:
    """Get Contact Details.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        contact_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        include (GetContactInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error
    """

    return sync_detailed(
        device_id=device_id,
        contact_id=contact_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: GetContactInclude | Unset = UNSET,
) -> Response[Contact | Error]:
    """Get Contact Details.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        contact_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        include (GetContactInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | Error]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        contact_id=contact_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: GetContactInclude | Unset = UNSET,
) -> Contact | Error | None:
    """Get Contact Details.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        contact_id (str): A chat id: <digits>@c.us (user), @g.us (group), @newsletter (channel) or
            @lid.
        include (GetContactInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | Error
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            contact_id=contact_id,
            client=client,
            include=include,
        )
    ).parsed
