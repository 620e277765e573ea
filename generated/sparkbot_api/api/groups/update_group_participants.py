from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...models.update_group_participants_body import UpdateGroupParticipantsBody
from ...types import Response


def _get_kwargs(
    device_id: str,
    group_id: str,
    *,
    body: UpdateGroupParticipantsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devices/{device_id}/groups/{group_id}/participants".format(
            device_id=quote(str(device_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateGroupParticipantsBody,
) -> Response[Error | Group]:
    """Update Participants.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        group_id (str): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        body (UpdateGroupParticipantsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Group]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateGroupParticipantsBody,
) -> Error | Group | None:
    """Update Participants.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        group_id (str): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        body (UpdateGroupParticipantsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Group
    """

    return sync_detailed(
        device_id=device_id,
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateGroupParticipantsBody,
) -> Response[Error | Group]:
    """Update Participants.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        group_id (str): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        body (UpdateGroupParticipantsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Group]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateGroupParticipantsBody,
) -> Error | Group | None:
    """Update Participants.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        group_id (str): A group chat id, <digits>@g.us (old form <phone>-<epoch>@g.us).
        body (UpdateGroupParticipantsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Group
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
