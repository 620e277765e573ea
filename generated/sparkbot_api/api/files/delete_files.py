"""DELETE /files: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.delete_files_body import DeleteFilesBody
from ...models.error import Error
from ...models.result import Result


def build_request(
    *,
    body: DeleteFilesBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/files",
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
