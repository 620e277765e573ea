import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ack_status import AckStatus
from ...models.chat_message import ChatMessage
from ...models.chat_type import ChatType
from ...models.date_sort import DateSort
from ...models.error import Error
from ...models.list_chat_messages_include_item import ListChatMessagesIncludeItem
from ...models.list_chat_messages_kind_item import ListChatMessagesKindItem
from ...models.message_flow import MessageFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    device_id: str,
    *,
    flow: MessageFlow | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    reference: str | Unset = UNSET,
    kind: list[ListChatMessagesKindItem] | Unset = UNSET,
    sync: bool | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    include: list[ListChatMessagesIncludeItem] | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    skip: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flow: str | Unset = UNSET
    if not isinstance(flow, Unset):
        json_flow = flow.value

    params["flow"] = json_flow

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

    params["search"] = search

    params["chat"] = chat

    params["from"] = from_

    params["to"] = to

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    params["reference"] = reference

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params["sync"] = sync

    params["begin"] = begin

    params["end"] = end

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["size"] = size

    params["page"] = page

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/{device_id}/messages".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ChatMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatMessage.from_dict(response_200_item_data)

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
) -> Response[Error | list[ChatMessage]]:
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
    flow: MessageFlow | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    reference: str | Unset = UNSET,
    kind: list[ListChatMessagesKindItem] | Unset = UNSET,
    sync: bool | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    include: list[ListChatMessagesIncludeItem] | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    skip: int | Unset = 0,
) -> Response[Error | list[ChatMessage]]:
    """Get Messages.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        flow (MessageFlow | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        search (str | Unset):
        chat (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        type_ (list[ChatType] | Unset):
        reference (str | Unset):
        kind (list[ListChatMessagesKindItem] | Unset):
        sync (bool | Unset):
        begin (str | Unset):
        end (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        include (list[ListChatMessagesIncludeItem] | Unset):
        sort (DateSort | Unset):
        limit (int | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatMessage]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        flow=flow,
        ack=ack,
        wid=wid,
        search=search,
        chat=chat,
        from_=from_,
        to=to,
        type_=type_,
        reference=reference,
        kind=kind,
        sync=sync,
        begin=begin,
        end=end,
        after=after,
        before=before,
        include=include,
        sort=sort,
        limit=limit,
        size=size,
        page=page,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow: MessageFlow | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    reference: str | Unset = UNSET,
    kind: list[ListChatMessagesKindItem] | Unset = UNSET,
    sync: bool | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    include: list[ListChatMessagesIncludeItem] | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    skip: int | Unset = 0,
) -> Error | list[ChatMessage] | None:
    """Get Messages.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        flow (MessageFlow | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        search (str | Unset):
        chat (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        type_ (list[ChatType] | Unset):
        reference (str | Unset):
        kind (list[ListChatMessagesKindItem] | Unset):
        sync (bool | Unset):
        begin (str | Unset):
        end (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        include (list[ListChatMessagesIncludeItem] | Unset):
        sort (DateSort | Unset):
        limit (int | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatMessage]
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        flow=flow,
        ack=ack,
        wid=wid,
        search=search,
        chat=chat,
        from_=from_,
        to=to,
        type_=type_,
        reference=reference,
        kind=kind,
        sync=sync,
        begin=begin,
        end=end,
        after=after,
        before=before,
        include=include,
        sort=sort,
        limit=limit,
        size=size,
        page=page,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow: MessageFlow | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    reference: str | Unset = UNSET,
    kind: list[ListChatMessagesKindItem] | Unset = UNSET,
    sync: bool | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    include: list[ListChatMessagesIncludeItem] | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    skip: int | Unset = 0,
) -> Response[Error | list[ChatMessage]]:
    """Get Messages.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        flow (MessageFlow | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        search (str | Unset):
        chat (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        type_ (list[ChatType] | Unset):
        reference (str | Unset):
        kind (list[ListChatMessagesKindItem] | Unset):
        sync (bool | Unset):
        begin (str | Unset):
        end (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        include (list[ListChatMessagesIncludeItem] | Unset):
        sort (DateSort | Unset):
        limit (int | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ChatMessage]]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        flow=flow,
        ack=ack,
        wid=wid,
        search=search,
        chat=chat,
        from_=from_,
        to=to,
        type_=type_,
        reference=reference,
        kind=kind,
        sync=sync,
        begin=begin,
        end=end,
        after=after,
        before=before,
        include=include,
        sort=sort,
        limit=limit,
        size=size,
        page=page,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    flow: MessageFlow | Unset = UNSET,
    ack: list[AckStatus] | Unset = UNSET,
    wid: list[str] | Unset = UNSET,
    search: str | Unset = UNSET,
    chat: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    type_: list[ChatType] | Unset = UNSET,
    reference: str | Unset = UNSET,
    kind: list[ListChatMessagesKindItem] | Unset = UNSET,
    sync: bool | Unset = UNSET,
    begin: str | Unset = UNSET,
    end: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    include: list[ListChatMessagesIncludeItem] | Unset = UNSET,
    sort: DateSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
    skip: int | Unset = 0,
) -> Error | list[ChatMessage] | None:
    """Get Messages.

    Args:
        device_id (str): MongoDB ObjectId (24 hex characters).
        flow (MessageFlow | Unset):
        ack (list[AckStatus] | Unset):
        wid (list[str] | Unset):
        search (str | Unset):
        chat (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        type_ (list[ChatType] | Unset):
        reference (str | Unset):
        kind (list[ListChatMessagesKindItem] | Unset):
        sync (bool | Unset):
        begin (str | Unset):
        end (str | Unset):
        after (datetime.datetime | Unset):
        before (datetime.datetime | Unset):
        include (list[ListChatMessagesIncludeItem] | Unset):
        sort (DateSort | Unset):
        limit (int | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.
        skip (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ChatMessage]
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            flow=flow,
            ack=ack,
            wid=wid,
            search=search,
            chat=chat,
            from_=from_,
            to=to,
            type_=type_,
            reference=reference,
            kind=kind,
            sync=sync,
            begin=begin,
            end=end,
            after=after,
            before=before,
            include=include,
            sort=sort,
            limit=limit,
            size=size,
            page=page,
            skip=skip,
        )
    ).parsed
