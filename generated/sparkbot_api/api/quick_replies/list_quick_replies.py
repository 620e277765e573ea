from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_quick_replies_scope import ListQuickRepliesScope
from ...models.permission import Permission
from ...models.quick_reply import QuickReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    scope: ListQuickRepliesScope | Unset = UNSET,
    permissions: list[Permission] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope.value

    params["scope"] = json_scope

    json_permissions: list[str] | Unset = UNSET
    if not isinstance(permissions, Unset):
        json_permissions = []
        for permissions_item_data in permissions:
            permissions_item = permissions_item_data.value
            json_permissions.append(permissions_item)

    params["permissions"] = json_permissions

    json_agents: list[str] | Unset = UNSET
    if not isinstance(agents, Unset):
        json_agents = agents

    params["agents"] = json_agents

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/quickReplies".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[QuickReply] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = QuickReply.from_dict(response_200_item_data)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[QuickReply]]:
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
    scope: ListQuickRepliesScope | Unset = UNSET,
    permissions: list[Permission] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[QuickReply]]:
    """Get Quick Replies.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        scope (ListQuickRepliesScope | Unset):
        permissions (list[Permission] | Unset):
        agents (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[QuickReply]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        scope=scope,
        permissions=permissions,
        agents=agents,
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
    scope: ListQuickRepliesScope | Unset = UNSET,
    permissions: list[Permission] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[QuickReply] | None:
    """Get Quick Replies.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        scope (ListQuickRepliesScope | Unset):
        permissions (list[Permission] | Unset):
        agents (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[QuickReply]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        scope=scope,
        permissions=permissions,
        agents=agents,
        size=size,
        page=page,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    scope: ListQuickRepliesScope | Unset = UNSET,
    permissions: list[Permission] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[QuickReply]]:
    """Get Quick Replies.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        scope (ListQuickRepliesScope | Unset):
        permissions (list[Permission] | Unset):
        agents (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[QuickReply]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        scope=scope,
        permissions=permissions,
        agents=agents,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    scope: ListQuickRepliesScope | Unset = UNSET,
    permissions: list[Permission] | Unset = UNSET,
    agents: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[QuickReply] | None:
    """Get Quick Replies.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        scope (ListQuickRepliesScope | Unset):
        permissions (list[Permission] | Unset):
        agents (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[QuickReply]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            scope=scope,
            permissions=permissions,
            agents=agents,
            size=size,
            page=page,
        )
    ).parsed
