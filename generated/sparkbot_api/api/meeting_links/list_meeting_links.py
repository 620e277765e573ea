import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.meeting_kind import MeetingKind
from ...models.meeting_link import MeetingLink
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_expires_before: str | Unset = UNSET
    if not isinstance(expires_before, Unset):
        json_expires_before = expires_before.isoformat()
    params["expiresBefore"] = json_expires_before

    json_expires_after: str | Unset = UNSET
    if not isinstance(expires_after, Unset):
        json_expires_after = expires_after.isoformat()
    params["expiresAfter"] = json_expires_after

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/meeting-links".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[MeetingLink] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MeetingLink.from_dict(response_200_item_data)

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
) -> Response[Error | list[MeetingLink]]:
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
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[MeetingLink]]:
    """Get Meeting Links.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        expires_before (datetime.datetime | Unset):
        expires_after (datetime.datetime | Unset):
        kind (list[MeetingKind] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MeetingLink]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        search=search,
        before=before,
        after=after,
        expires_before=expires_before,
        expires_after=expires_after,
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
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[MeetingLink] | None:
    """Get Meeting Links.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        expires_before (datetime.datetime | Unset):
        expires_after (datetime.datetime | Unset):
        kind (list[MeetingKind] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MeetingLink]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        search=search,
        before=before,
        after=after,
        expires_before=expires_before,
        expires_after=expires_after,
        kind=kind,
        size=size,
        page=page,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[MeetingLink]]:
    """Get Meeting Links.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        expires_before (datetime.datetime | Unset):
        expires_after (datetime.datetime | Unset):
        kind (list[MeetingKind] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[MeetingLink]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        search=search,
        before=before,
        after=after,
        expires_before=expires_before,
        expires_after=expires_after,
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
    search: str | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    expires_before: datetime.datetime | Unset = UNSET,
    expires_after: datetime.datetime | Unset = UNSET,
    kind: list[MeetingKind] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[MeetingLink] | None:
    """Get Meeting Links.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        expires_before (datetime.datetime | Unset):
        expires_after (datetime.datetime | Unset):
        kind (list[MeetingKind] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[MeetingLink]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            search=search,
            before=before,
            after=after,
            expires_before=expires_before,
            expires_after=expires_after,
            kind=kind,
            size=size,
            page=page,
        )
    ).parsed
