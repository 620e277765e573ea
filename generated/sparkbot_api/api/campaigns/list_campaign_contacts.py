from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ack_status import AckStatus
from ...models.campaign_contact import CampaignContact
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_campaign_contacts_kind_item import ListCampaignContactsKindItem
from ...models.list_campaign_contacts_status_item import ListCampaignContactsStatusItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_target: list[str] | Unset = UNSET
    if not isinstance(target, Unset):
        json_target = target

    params["target"] = json_target

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_ack: list[str] | Unset = UNSET
    if not isinstance(ack, Unset):
        json_ack = []
        for ack_item_data in ack:
            ack_item = ack_item_data.value
            json_ack.append(ack_item)

    params["ack"] = json_ack

    json_wid: list[str] | Unset = UNSET
    if not isinstance(wid, Unset):
        json_wid = wid

    params["wid"] = json_wid

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}/contacts".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CampaignContact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CampaignContact.from_dict(response_200_item_data)

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
) -> Response[Error | list[CampaignContact]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Response[Error | list[CampaignContact]]:
    """Get Campaign Contacts.

    Args:
        campaign_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        target (list[str] | Unset):
        kind (list[ListCampaignContactsKindItem] | Unset):
        status (list[ListCampaignContactsStatusItem] | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignContact]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        search=search,
        target=target,
        kind=kind,
        status=status,
        ack=ack,
        wid=wid,
        size=size,
        page=page,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Error | list[CampaignContact] | None:
    """Get Campaign Contacts.

    Args:
        campaign_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        target (list[str] | Unset):
        kind (list[ListCampaignContactsKindItem] | Unset):
        status (list[ListCampaignContactsStatusItem] | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CampaignContact]
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        search=search,
        target=target,
        kind=kind,
        status=status,
        ack=ack,
        wid=wid,
        size=size,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Response[Error | list[CampaignContact]]:
    """Get Campaign Contacts.

    Args:
        campaign_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        target (list[str] | Unset):
        kind (list[ListCampaignContactsKindItem] | Unset):
        status (list[ListCampaignContactsStatusItem] | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignContact]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        search=search,
        target=target,
        kind=kind,
        status=status,
        ack=ack,
        wid=wid,
        size=size,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    target: list[str] | Unset = UNSET,
    kind: list[ListCampaignContactsKindItem] | Unset = UNSET,
    status: list[ListCampaignContactsStatusItem] | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: DateSort | Unset = UNSET,
) -> Error | list[CampaignContact] | None:
    """Get Campaign Contacts.

    Args:
        campaign_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        target (list[str] | Unset):
        kind (list[ListCampaignContactsKindItem] | Unset):
        status (list[ListCampaignContactsStatusItem] | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (DateSort | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CampaignContact]
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            search=search,
            target=target,
            kind=kind,
            status=status,
            ack=ack,
            wid=wid,
            size=size,
            page=page,
            sort=sort,
        )
    ).parsed
