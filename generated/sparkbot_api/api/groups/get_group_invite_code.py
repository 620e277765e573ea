"""GET /devices/{device_id}/groups/{group_id}/invite: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.group_invite import GroupInvite


def build_request(
    device_id: str,
    group_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/groups/{group_id}/invite".format(
            device_id=quote(str(device_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | GroupInvite | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = GroupInvite.from_dict(response.json())

        return response_200

    return None
