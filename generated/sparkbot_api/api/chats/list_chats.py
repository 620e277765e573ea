from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat import Chat
from ...models.chat_include import ChatInclude
from ...models.chat_type import ChatType
from ...models.error import Error
from ...models.list_chats_sort import ListChatsSort
from ...models.list_chats_status_item import ListChatsStatusItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["unread"] = unread

    params["active"] = active

    params["canSend"] = can_send

    params["readOnly"] = read_only

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_agent: list[str] | Unset = UNSET
    if not isinstance(agent, Unset):
        json_agent = agent

    params["agent"] = json_agent

    params["search"] = search

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

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/chats".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Chat] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Chat.from_dict(response_200_item_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Chat]]:
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
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> Response[Error | list[Chat]]:
    """Get Chats.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        status (list[ListChatsStatusItem] | Unset):
        unread (bool | Unset):
        active (bool | Unset):
        can_send (bool | Unset):
        read_only (bool | Unset):
        type_ (list[ChatType] | Unset):
        agent (list[str] | Unset):
        search (str | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ChatInclude] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatsSort | Unset):  Default: ListChatsSort.LASTMESSAGEATDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Chat]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        status=status,
        unread=unread,
        active=active,
        can_send=can_send,
        read_only=read_only,
        type_=type_,
        agent=agent,
        search=search,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
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
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> Error | list[Chat] | None:
    """Get Chats.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        status (list[ListChatsStatusItem] | Unset):
        unread (bool | Unset):
        active (bool | Unset):
        can_send (bool | Unset):
        read_only (bool | Unset):
        type_ (list[ChatType] | Unset):
        agent (list[str] | Unset):
        search (str | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ChatInclude] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatsSort | Unset):  Default: ListChatsSort.LASTMESSAGEATDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Chat]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        status=status,
        unread=unread,
        active=active,
        can_send=can_send,
        read_only=read_only,
        type_=type_,
        agent=agent,
        search=search,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
        size=size,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> Response[Error | list[Chat]]:
    """Get Chats.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        status (list[ListChatsStatusItem] | Unset):
        unread (bool | Unset):
        active (bool | Unset):
        can_send (bool | Unset):
        read_only (bool | Unset):
        type_ (list[ChatType] | Unset):
        agent (list[str] | Unset):
        search (str | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ChatInclude] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatsSort | Unset):  Default: ListChatsSort.LASTMESSAGEATDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Chat]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        status=status,
        unread=unread,
        active=active,
        can_send=can_send,
        read_only=read_only,
        type_=type_,
        agent=agent,
        search=search,
        labels=labels,
        labels_exclude=labels_exclude,
        include=include,
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
    status: list[ListChatsStatusItem] | Unset = UNSET,
    unread: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    can_send: bool | Unset = UNSET,
    read_only: bool | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    agent: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    labels_exclude: list[str] | Unset = UNSET,
    include: list[ChatInclude] | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatsSort | Unset = ListChatsSort.LASTMESSAGEATDESC,
) -> Error | list[Chat] | None:
    """Get Chats.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        status (list[ListChatsStatusItem] | Unset):
        unread (bool | Unset):
        active (bool | Unset):
        can_send (bool | Unset):
        read_only (bool | Unset):
        type_ (list[ChatType] | Unset):
        agent (list[str] | Unset):
        search (str | Unset):
        labels (list[str] | Unset):
        labels_exclude (list[str] | Unset):
        include (list[ChatInclude] | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatsSort | Unset):  Default: ListChatsSort.LASTMESSAGEATDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Chat]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            status=status,
            unread=unread,
            active=active,
            can_send=can_send,
            read_only=read_only,
            type_=type_,
            agent=agent,
            search=search,
            labels=labels,
            labels_exclude=labels_exclude,
            include=include,
            size=size,
            page=page,
            sort=sort,
        )
    ).parsed
