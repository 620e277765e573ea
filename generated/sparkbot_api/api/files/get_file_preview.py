"""GET /files/{file_id}/preview: the request to send and its success answer (the client sends it)."""

from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...models.error import Error
from ...types import File


def build_request(
    file_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files/{file_id}/preview".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | File | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    return None
