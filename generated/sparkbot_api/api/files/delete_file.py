"""DELETE /files/{file_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...models.result import Result


def build_request(
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | Result | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Result.from_dict(response.json())

        return response_200

    return None
