"""GET /files: the request to send and its success answer (the client sends it)."""

import datetime
from typing import Any

import httpx

from ...models.error import Error
from ...models.file import File
from ...models.file_format import FileFormat
from ...models.file_kind import FileKind
from ...models.file_origin_filter import FileOriginFilter
from ...models.permission import Permission
from ...models.search_files_ext_item import SearchFilesExtItem
from ...models.search_files_mime_item import SearchFilesMimeItem
from ...models.search_files_status_item import SearchFilesStatusItem
from ...types import UNSET, Unset, api_datetime


def build_request(
    *,
    search: str | Unset = UNSET,
    after: datetime.datetime | Unset = UNSET,
    before: datetime.datetime | Unset = UNSET,
    format_: list[FileFormat] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    sha2: str | Unset = UNSET,
    reference: str | Unset = UNSET,
    status: list[SearchFilesStatusItem] | Unset = UNSET,
    device: str | Unset = UNSET,
    filename: str | Unset = UNSET,
    origin: FileOriginFilter | Unset = UNSET,
    mime: list[SearchFilesMimeItem] | Unset = UNSET,
    kind: list[FileKind] | Unset = UNSET,
    ext: list[SearchFilesExtItem] | Unset = UNSET,
    permission: Permission | Unset = UNSET,
    owner: str | Unset = UNSET,
    filesize: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = 0,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""

    params: dict[str, Any] = {}

    params["search"] = search

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = api_datetime(after)
    params["after"] = json_after

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = api_datetime(before)
    params["before"] = json_before

    json_format_: list[str] | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = []
        for format_item_data in format_:
            format_item = format_item_data.value
            json_format_.append(format_item)

    params["format"] = json_format_

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["sha2"] = sha2

    params["reference"] = reference

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["device"] = device

    params["filename"] = filename

    json_origin: str | Unset = UNSET
    if not isinstance(origin, Unset):
        json_origin = origin.value

    params["origin"] = json_origin

    json_mime: list[str] | Unset = UNSET
    if not isinstance(mime, Unset):
        json_mime = []
        for mime_item_data in mime:
            mime_item = mime_item_data.value
            json_mime.append(mime_item)

    params["mime"] = json_mime

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_ext: list[str] | Unset = UNSET
    if not isinstance(ext, Unset):
        json_ext = []
        for ext_item_data in ext:
            ext_item = ext_item_data.value
            json_ext.append(ext_item)

    params["ext"] = json_ext

    json_permission: str | Unset = UNSET
    if not isinstance(permission, Unset):
        json_permission = permission.value

    params["permission"] = json_permission

    params["owner"] = owner

    params["filesize"] = filesize

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> Error | list[File] | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = File.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None
