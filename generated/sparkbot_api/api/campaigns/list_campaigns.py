import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_campaigns_status_item import ListCampaignsStatusItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_device: list[str] | Unset = UNSET
    if not isinstance(device, Unset):
        json_device = device

    params["device"] = json_device

    json_owner: list[str] | Unset = UNSET
    if not isinstance(owner, Unset):
        json_owner = owner

    params["owner"] = json_owner

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_phone: list[str] | Unset = UNSET
    if not isinstance(phone, Unset):
        json_phone = phone

    params["phone"] = json_phone

    json_group: list[str] | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = group

    params["group"] = json_group

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Campaign] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Campaign.from_dict(response_200_item_data)

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
) -> Response[Error | list[Campaign]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Response[Error | list[Campaign]]:
    """Get Campaigns.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        status (list[ListCampaignsStatusItem] | Unset):
        device (list[str] | Unset):
        owner (list[str] | Unset):
        id (list[str] | Unset):
        phone (list[str] | Unset):
        group (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Campaign]]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        status=status,
        device=device,
        owner=owner,
        id=id,
        phone=phone,
        group=group,
        size=size,
        page=page,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Error | list[Campaign] | None:
    """Get Campaigns.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        status (list[ListCampaignsStatusItem] | Unset):
        device (list[str] | Unset):
        owner (list[str] | Unset):
        id (list[str] | Unset):
        phone (list[str] | Unset):
        group (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Campaign]
    """

    return sync_detailed(
        client=client,
        before=before,
        after=after,
        status=status,
        device=device,
        owner=owner,
        id=id,
        phone=phone,
        group=group,
        size=size,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Response[Error | list[Campaign]]:
    """Get Campaigns.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        status (list[ListCampaignsStatusItem] | Unset):
        device (list[str] | Unset):
        owner (list[str] | Unset):
        id (list[str] | Unset):
        phone (list[str] | Unset):
        group (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Campaign]]
    """

    kwargs = _get_kwargs(
        before=before,
        after=after,
        status=status,
        device=device,
        owner=owner,
        id=id,
        phone=phone,
        group=group,
        size=size,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    status: list[ListCampaignsStatusItem] | Unset = UNSET,
    device: list[str] | Unset = UNSET,
    owner: list[str] | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    phone: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Error | list[Campaign] | None:
    """Get Campaigns.

    Args:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        status (list[ListCampaignsStatusItem] | Unset):
        device (list[str] | Unset):
        owner (list[str] | Unset):
        id (list[str] | Unset):
        phone (list[str] | Unset):
        group (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Campaign]
    """

    return (
        await asyncio_detailed(
            client=client,
            before=before,
            after=after,
            status=status,
            device=device,
            owner=owner,
            id=id,
            phone=phone,
            group=group,
            size=size,
            page=page,
            sort=sort,
        )
    ).parsed
