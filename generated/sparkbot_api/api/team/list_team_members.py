"""GET /team: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any

import httpx

from ...models.error import Error
from ...models.list_team_members_status_item import ListTeamMembersStatusItem
from ...models.team_role import TeamRole
from ...models.team_user import TeamUser
from ...types import UNSET, Unset, api_datetime


def build_request(
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
    """The keyword arguments of `httpx.Client.request` for this operation."""

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
        json_online_before = api_datetime(online_before)
    params["onlineBefore"] = json_online_before

    json_online_after: str | Unset = UNSET
    if not isinstance(online_after, Unset):
        json_online_after = api_datetime(online_after)
    params["onlineAfter"] = json_online_after

    json_login_before: str | Unset = UNSET
    if not isinstance(login_before, Unset):
        json_login_before = api_datetime(login_before)
    params["loginBefore"] = json_login_before

    json_login_after: str | Unset = UNSET
    if not isinstance(login_after, Unset):
        json_login_after = api_datetime(login_after)
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


def parse_response(response: httpx.Response) -> Error | list[TeamUser] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TeamUser.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
