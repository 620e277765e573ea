"""POST /files: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.error import Error
from ...models.file import File
from ...models.upload_file_files_body import UploadFileFilesBody
from ...models.upload_file_json_body import UploadFileJsonBody
from ...types import UNSET, Unset


def build_request(
    *,
    body: UploadFileJsonBody | UploadFileFilesBody | Unset = UNSET,
    reference: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["reference"] = reference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
        "params": params,
    }

    if isinstance(body, UploadFileJsonBody):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UploadFileFilesBody):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[File] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = File.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    return None
