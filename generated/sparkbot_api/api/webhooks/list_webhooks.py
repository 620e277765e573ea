from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_webhooks_status_item import ListWebhooksStatusItem
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_devices: list[str] | Unset = UNSET
    if not isinstance(devices, Unset):
        json_devices = devices

    params["devices"] = json_devices

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["search"] = search

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Webhook] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

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
) -> Response[Error | list[Webhook]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[Webhook]]:
    """Get Webhooks.

    Args:
        devices (list[str] | Unset):
        status (list[ListWebhooksStatusItem] | Unset):
        search (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook]]
    """

    kwargs = _get_kwargs(
        devices=devices,
        status=status,
        search=search,
        size=size,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[Webhook] | None:
    """Get Webhooks.

    Args:
        devices (list[str] | Unset):
        status (list[ListWebhooksStatusItem] | Unset):
        search (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook]
    """

    return sync_detailed(
        client=client,
        devices=devices,
        status=status,
        search=search,
        size=size,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[Webhook]]:
    """Get Webhooks.

    Args:
        devices (list[str] | Unset):
        status (list[ListWebhooksStatusItem] | Unset):
        search (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Webhook]]
    """

    kwargs = _get_kwargs(
        devices=devices,
        status=status,
        search=search,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    devices: list[str] | Unset = UNSET,
    status: list[ListWebhooksStatusItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[Webhook] | None:
    """Get Webhooks.

    Args:
        devices (list[str] | Unset):
        status (list[ListWebhooksStatusItem] | Unset):
        search (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Webhook]
    """

    return (
        await asyncio_detailed(
            client=client,
            devices=devices,
            status=status,
            search=search,
            size=size,
            page=page,
        )
    ).parsed
