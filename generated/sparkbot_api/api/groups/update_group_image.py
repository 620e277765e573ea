"""PUT /devices/{device_id}/groups/{group_id}/image: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.result import Result
from ...models.update_group_image_body import UpdateGroupImageBody


def build_request(
    device_id: str,
    group_id: str,
    *,
    body: UpdateGroupImageBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/devices/{device_id}/groups/{group_id}/image".format(
            device_id=quote(str(device_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | Result | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

        return response_200

    return None
