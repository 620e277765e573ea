from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...models.list_groups_kind import ListGroupsKind
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    kind: ListGroupsKind | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/groups".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Group] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Group.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Group]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: ListGroupsKind | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[Group]]:
    """Get Groups.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        kind (ListGroupsKind | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        kind=kind,
        size=size,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: ListGroupsKind | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[Group] | None:
    """Get Groups.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        kind (ListGroupsKind | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        kind=kind,
        size=size,
        page=page,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: ListGroupsKind | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[Group]]:
    """Get Groups.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        kind (ListGroupsKind | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        kind=kind,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    kind: ListGroupsKind | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[Group] | None:
    """Get Groups.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        kind (ListGroupsKind | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            kind=kind,
            size=size,
            page=page,
        )
    ).parsed
