"""DELETE /devices/{device_id}/queue: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.empty_queue_body import EmptyQueueBody
from ...models.error import Error
from ...models.result import Result
from ...types import UNSET, Unset


def build_request(
    device_id: str,
    *,
    body: EmptyQueueBody,
    wait: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devices/{device_id}/queue".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
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
