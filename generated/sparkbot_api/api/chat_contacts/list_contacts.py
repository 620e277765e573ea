import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error import Error
from ...models.list_contacts_country_item import ListContactsCountryItem
from ...models.list_contacts_has_item import ListContactsHasItem
from ...models.list_contacts_include_item import ListContactsIncludeItem
from ...models.list_contacts_sort import ListContactsSort
from ...models.list_contacts_type_item import ListContactsTypeItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    search: str | Unset = UNSET,
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_has: list[str] | Unset = UNSET
    if not isinstance(has, Unset):
        json_has = []
        for has_item_data in has:
            has_item = has_item_data.value
            json_has.append(has_item)

    params["has"] = json_has

    params["hasChat"] = has_chat

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = []
        for country_item_data in country:
            country_item = country_item_data.value
            json_country.append(country_item)

    params["country"] = json_country

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    json_labels_exclude: list[str] | Unset = UNSET
    if not isinstance(labels_exclude, Unset):
        json_labels_exclude = labels_exclude

    params["labelsExclude"] = json_labels_exclude

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    json_metadata_key: list[str] | Unset = UNSET
    if not isinstance(metadata_key, Unset):
        json_metadata_key = metadata_key

    params["metadataKey"] = json_metadata_key

    json_metadata_value: list[str] | Unset = UNSET
    if not isinstance(metadata_value, Unset):
        json_metadata_value = metadata_value

    params["metadataValue"] = json_metadata_value

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updatedAfter"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updatedBefore"] = json_updated_before

    json_last_message_after: str | Unset = UNSET
    if not isinstance(last_message_after, Unset):
        json_last_message_after = last_message_after.isoformat()
    params["lastMessageAfter"] = json_last_message_after

    json_last_message_before: str | Unset = UNSET
    if not isinstance(last_message_before, Unset):
        json_last_message_before = last_message_before.isoformat()
    params["lastMessageBefore"] = json_last_message_before

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/contacts".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Contact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

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
) -> Response[Error | list[Contact]]:
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
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> Response[Error | list[Contact]]:
    """Get Contacts.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        type_ (list[ListContactsTypeItem] | Unset):
        has (list[ListContactsHasItem] | Unset):
        has_chat (bool | Unset):
        country (list[ListContactsCountryItem] | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ListContactsIncludeItem] | Unset):
        metadata_key (list[str] | Unset):
        metadata_value (list[str] | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        last_message_after (datetime.datetime | Unset):
        last_message_before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListContactsSort | Unset):  Default: ListContactsSort.NAMEASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        search=search,
        type_=type_,
        has=has,
        has_chat=has_chat,
        country=country,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        after=after,
        before=before,
        updated_after=updated_after,
        updated_before=updated_before,
        last_message_after=last_message_after,
        last_message_before=last_message_before,
        size=size,
        page=page,
        sort=sort,
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
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> Error | list[Contact] | None:
    """Get Contacts.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        type_ (list[ListContactsTypeItem] | Unset):
        has (list[ListContactsHasItem] | Unset):
        has_chat (bool | Unset):
        country (list[ListContactsCountryItem] | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ListContactsIncludeItem] | Unset):
        metadata_key (list[str] | Unset):
        metadata_value (list[str] | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        last_message_after (datetime.datetime | Unset):
        last_message_before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListContactsSort | Unset):  Default: ListContactsSort.NAMEASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        search=search,
        type_=type_,
        has=has,
        has_chat=has_chat,
        country=country,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        after=after,
        before=before,
        updated_after=updated_after,
        updated_before=updated_before,
        last_message_after=last_message_after,
        last_message_before=last_message_before,
        size=size,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> Response[Error | list[Contact]]:
    """Get Contacts.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        type_ (list[ListContactsTypeItem] | Unset):
        has (list[ListContactsHasItem] | Unset):
        has_chat (bool | Unset):
        country (list[ListContactsCountryItem] | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ListContactsIncludeItem] | Unset):
        metadata_key (list[str] | Unset):
        metadata_value (list[str] | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        last_message_after (datetime.datetime | Unset):
        last_message_before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListContactsSort | Unset):  Default: ListContactsSort.NAMEASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        search=search,
        type_=type_,
        has=has,
        has_chat=has_chat,
        country=country,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        after=after,
        before=before,
        updated_after=updated_after,
        updated_before=updated_before,
        last_message_after=last_message_after,
        last_message_before=last_message_before,
        size=size,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    type_: list[ListContactsTypeItem] | Unset = UNSET,
    has: list[ListContactsHasItem] | Unset = UNSET,
    has_chat: bool | Unset = UNSET,
    country: list[ListContactsCountryItem] | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ListContactsIncludeItem] | Unset = UNSET,
    metadata_key: list[str] | Unset = UNSET,
    metadata_value: list[str] | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    last_message_after: datetime.datetime | Unset = UNSET,
    last_message_before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListContactsSort | Unset = ListContactsSort.NAMEASC,
) -> Error | list[Contact] | None:
    """Get Contacts.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        search (str | Unset):
        type_ (list[ListContactsTypeItem] | Unset):
        has (list[ListContactsHasItem] | Unset):
        has_chat (bool | Unset):
        country (list[ListContactsCountryItem] | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ListContactsIncludeItem] | Unset):
        metadata_key (list[str] | Unset):
        metadata_value (list[str] | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        last_message_after (datetime.datetime | Unset):
        last_message_before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListContactsSort | Unset):  Default: ListContactsSort.NAMEASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            search=search,
            type_=type_,
            has=has,
            has_chat=has_chat,
            country=country,
            labels=labels,
            labels_exclude=labels_exclude,
            include=include,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            after=after,
            before=before,
            updated_after=updated_after,
            updated_before=updated_before,
            last_message_after=last_message_after,
            last_message_before=last_message_before,
            size=size,
            page=page,
            sort=sort,
        )
    ).parsed
