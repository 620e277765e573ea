"""PATCH /team: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.error import Error
from ...models.team_user import TeamUser
from ...models.update_team_member_body import UpdateTeamMemberBody


def build_request(
    *,
    body: UpdateTeamMemberBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/team",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | TeamUser | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = TeamUser.from_dict(response.json())

        return response_200

    return None
