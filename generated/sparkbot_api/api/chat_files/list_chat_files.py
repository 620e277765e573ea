import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_file import ChatFile
from ...models.error import Error
from ...models.list_chat_files_flow import ListChatFilesFlow
from ...models.list_chat_files_sort import ListChatFilesSort
from ...models.list_chat_files_type_item import ListChatFilesTypeItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params["search"] = search

    json_chat: list[str] | Unset = UNSET
    if not isinstance(chat, Unset):
        json_chat = chat

    params["chat"] = json_chat

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_message: list[str] | Unset = UNSET
    if not isinstance(message, Unset):
        json_message = message

    params["message"] = json_message

    json_flow: str | Unset = UNSET
    if not isinstance(flow, Unset):
        json_flow = flow.value

    params["flow"] = json_flow

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/files".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[ChatFile] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatFile.from_dict(response_200_item_data)

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
) -> Response[Error | list[ChatFile]]:
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
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> Response[Error | list[ChatFile]]:
    """Get Files.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        type_ (list[ListChatFilesTypeItem] | Unset):
        search (str | Unset):
        chat (list[str] | Unset):
        ids (list[str] | Unset):
        message (list[str] | Unset):
        flow (ListChatFilesFlow | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatFilesSort | Unset):  Default: ListChatFilesSort.DATEDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatFile]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        type_=type_,
        search=search,
        chat=chat,
        ids=ids,
        message=message,
        flow=flow,
        after=after,
        before=before,
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
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> Error | list[ChatFile] | None:
    """Get Files.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        type_ (list[ListChatFilesTypeItem] | Unset):
        search (str | Unset):
        chat (list[str] | Unset):
        ids (list[str] | Unset):
        message (list[str] | Unset):
        flow (ListChatFilesFlow | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatFilesSort | Unset):  Default: ListChatFilesSort.DATEDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatFile]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        type_=type_,
        search=search,
        chat=chat,
        ids=ids,
        message=message,
        flow=flow,
        after=after,
        before=before,
        size=size,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> Response[Error | list[ChatFile]]:
    """Get Files.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        type_ (list[ListChatFilesTypeItem] | Unset):
        search (str | Unset):
        chat (list[str] | Unset):
        ids (list[str] | Unset):
        message (list[str] | Unset):
        flow (ListChatFilesFlow | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatFilesSort | Unset):  Default: ListChatFilesSort.DATEDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatFile]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        type_=type_,
        search=search,
        chat=chat,
        ids=ids,
        message=message,
        flow=flow,
        after=after,
        before=before,
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
    type_: list[ListChatFilesTypeItem] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    message: list[str] | Unset = UNSET,
    flow: ListChatFilesFlow | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    sort: ListChatFilesSort | Unset = ListChatFilesSort.DATEDESC,
) -> Error | list[ChatFile] | None:
    """Get Files.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        type_ (list[ListChatFilesTypeItem] | Unset):
        search (str | Unset):
        chat (list[str] | Unset):
        ids (list[str] | Unset):
        message (list[str] | Unset):
        flow (ListChatFilesFlow | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        sort (ListChatFilesSort | Unset):  Default: ListChatFilesSort.DATEDESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatFile]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            type_=type_,
            search=search,
            chat=chat,
            ids=ids,
            message=message,
            flow=flow,
            after=after,
            before=before,
            size=size,
            page=page,
            sort=sort,
        )
    ).parsed
