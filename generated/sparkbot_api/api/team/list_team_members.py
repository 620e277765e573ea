import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_team_members_status_item import ListTeamMembersStatusItem
from ...models.team_role import TeamRole
from ...models.team_user import TeamUser
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    status: list[ListTeamMembersStatusItem] | Unset = UNSET,
    role: list[TeamRole] | Unset = UNSET,
    search: str | Unset = UNSET,
    device: str | Unset = UNSET,
    except_ids: list[str] | Unset = UNSET,
    online_before: datetime.datetime | Unset = UNSET,
    online_after: datetime.datetime | Unset = UNSET,
    login_before: datetime.datetime | Unset = UNSET,
    login_after: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_role: list[str] | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = []
        for role_item_data in role:
            role_item = role_item_data.value
            json_role.append(role_item)

    params["role"] = json_role

    params["search"] = search

    params["device"] = device

    json_except_ids: list[str] | Unset = UNSET
    if not isinstance(except_ids, Unset):
        json_except_ids = except_ids

    params["exceptIds"] = json_except_ids

    json_online_before: str | Unset = UNSET
    if not isinstance(online_before, Unset):
        json_online_before = online_before.isoformat()
    params["onlineBefore"] = json_online_before

    json_online_after: str | Unset = UNSET
    if not isinstance(online_after, Unset):
        json_online_after = online_after.isoformat()
    params["onlineAfter"] = json_online_after

    json_login_before: str | Unset = UNSET
    if not isinstance(login_before, Unset):
        json_login_before = login_before.isoformat()
    params["loginBefore"] = json_login_before

    json_login_after: str | Unset = UNSET
    if not isinstance(login_after, Unset):
        json_login_after = login_after.isoformat()
    params["loginAfter"] = json_login_after

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[TeamUser] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TeamUser.from_dict(response_200_item_data)

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
) -> Response[Error | list[TeamUser]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    status: list[ListTeamMembersStatusItem] | Unset = UNSET,
    role: list[TeamRole] | Unset = UNSET,
    search: str | Unset = UNSET,
    device: str | Unset = UNSET,
    except_ids: list[str] | Unset = UNSET,
    online_before: datetime.datetime | Unset = UNSET,
    online_after: datetime.datetime | Unset = UNSET,
    login_before: datetime.datetime | Unset = UNSET,
    login_after: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[TeamUser]]:
    """Get Team Members.

    Args:
        ids (list[str] | Unset):
        status (list[ListTeamMembersStatusItem] | Unset):
        role (list[TeamRole] | Unset):
        search (str | Unset):
        device (str | Unset):
        except_ids (list[str] | Unset):
        online_before (datetime.datetime | Unset):
        online_after (datetime.datetime | Unset):
        login_before (datetime.datetime | Unset):
        login_after (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TeamUser]]
    """

    kwargs = _get_kwargs(
        ids=ids,
        status=status,
        role=role,
        search=search,
        device=device,
        except_ids=except_ids,
        online_before=online_before,
        online_after=online_after,
        login_before=login_before,
        login_after=login_after,
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
    ids: list[str] | Unset = UNSET,
    status: list[ListTeamMembersStatusItem] | Unset = UNSET,
    role: list[TeamRole] | Unset = UNSET,
    search: str | Unset = UNSET,
    device: str | Unset = UNSET,
    except_ids: list[str] | Unset = UNSET,
    online_before: datetime.datetime | Unset = UNSET,
    online_after: datetime.datetime | Unset = UNSET,
    login_before: datetime.datetime | Unset = UNSET,
    login_after: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[TeamUser] | None:
    """Get Team Members.

    Args:
        ids (list[str] | Unset):
        status (list[ListTeamMembersStatusItem] | Unset):
        role (list[TeamRole] | Unset):
        search (str | Unset):
        device (str | Unset):
        except_ids (list[str] | Unset):
        online_before (datetime.datetime | Unset):
        online_after (datetime.datetime | Unset):
        login_before (datetime.datetime | Unset):
        login_after (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TeamUser]
    """

    return sync_detailed(
        client=client,
        ids=ids,
        status=status,
        role=role,
        search=search,
        device=device,
        except_ids=except_ids,
        online_before=online_before,
        online_after=online_after,
        login_before=login_before,
        login_after=login_after,
        size=size,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    status: list[ListTeamMembersStatusItem] | Unset = UNSET,
    role: list[TeamRole] | Unset = UNSET,
    search: str | Unset = UNSET,
    device: str | Unset = UNSET,
    except_ids: list[str] | Unset = UNSET,
    online_before: datetime.datetime | Unset = UNSET,
    online_after: datetime.datetime | Unset = UNSET,
    login_before: datetime.datetime | Unset = UNSET,
    login_after: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Response[Error | list[TeamUser]]:
    """Get Team Members.

    Args:
        ids (list[str] | Unset):
        status (list[ListTeamMembersStatusItem] | Unset):
        role (list[TeamRole] | Unset):
        search (str | Unset):
        device (str | Unset):
        except_ids (list[str] | Unset):
        online_before (datetime.datetime | Unset):
        online_after (datetime.datetime | Unset):
        login_before (datetime.datetime | Unset):
        login_after (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TeamUser]]
    """

    kwargs = _get_kwargs(
        ids=ids,
        status=status,
        role=role,
        search=search,
        device=device,
        except_ids=except_ids,
        online_before=online_before,
        online_after=online_after,
        login_before=login_before,
        login_after=login_after,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    status: list[ListTeamMembersStatusItem] | Unset = UNSET,
    role: list[TeamRole] | Unset = UNSET,
    search: str | Unset = UNSET,
    device: str | Unset = UNSET,
    except_ids: list[str] | Unset = UNSET,
    online_before: datetime.datetime | Unset = UNSET,
    online_after: datetime.datetime | Unset = UNSET,
    login_before: datetime.datetime | Unset = UNSET,
    login_after: datetime.datetime | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> Error | list[TeamUser] | None:
    """Get Team Members.

    Args:
        ids (list[str] | Unset):
        status (list[ListTeamMembersStatusItem] | Unset):
        role (list[TeamRole] | Unset):
        search (str | Unset):
        device (str | Unset):
        except_ids (list[str] | Unset):
        online_before (datetime.datetime | Unset):
        online_after (datetime.datetime | Unset):
        login_before (datetime.datetime | Unset):
        login_after (datetime.datetime | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TeamUser]
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            status=status,
            role=role,
            search=search,
            device=device,
            except_ids=except_ids,
            online_before=online_before,
            online_after=online_after,
            login_before=login_before,
            login_after=login_after,
            size=size,
            page=page,
        )
    ).parsed
