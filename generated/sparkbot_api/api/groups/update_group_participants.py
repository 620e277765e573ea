"""PATCH /devices/{device_id}/groups/{group_id}/participants: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.group import Group
from ...models.update_group_participants_body import UpdateGroupParticipantsBody


def build_request(
    device_id: str,
    group_id: str,
    *,
    body: UpdateGroupParticipantsBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devices/{device_id}/groups/{group_id}/participants".format(
            device_id=quote(str(device_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Group | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

    return None
