"""`client.files.upload`: a file by URL (JSON), or a local file sent as multipart/form-data.

The generated action only knows the JSON form; real callers also upload from disk. A path is opened and
streamed by httpx in chunks (never read whole into memory); bytes and open binary files are sent as given.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Generator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, Literal, cast

import httpx
from sparkbot_api.facade._base import RequestOptions
from sparkbot_api.facade.files import FILES_UPLOAD, AsyncFilesResource, FilesResource

from ._errors import SparkBotValidationError
from ._operation import finish, validate

if TYPE_CHECKING:
    from sparkbot_api.models.file import File

    from ._client import AsyncSparkBot, SparkBot

FileInput = str | os.PathLike[str] | bytes | IO[bytes]
"""A local file: its path, its content, or a file object opened in binary mode."""

FileFormat = Literal["gif", "ptt", "native"]
Permission = Literal["public", "readonly", "private"]


def _multipart_parts(
    url: str | None, file: FileInput | None, **values: Any
) -> tuple[FileInput, dict[str, str], dict[str, str]]:
    """The local file, form fields and query parameters of a multipart upload, checked before sending:
    exactly one of `url` and `file`, and the other fields against the action's rules."""
    if url is not None or file is None:
        raise SparkBotValidationError("url / file", "give exactly one of them (a public URL or a local file)")
    plain = validate(FILES_UPLOAD, values)
    form: dict[str, str] = {}
    for name, api in FILES_UPLOAD.body_fields:
        if name in plain:  # url is not among the values: this path has a file instead
            value = plain[name]
            form[api] = ",".join(value) if isinstance(value, list) else str(value)
    query = {"reference": plain["query_reference"]} if "query_reference" in plain else {}
    return file, form, query


@contextmanager
def _part(file: FileInput, filename: str | None) -> Generator[tuple[str, IO[bytes] | bytes, str], None, None]:
    """The multipart `file` part: (filename, content, mime type); a path is opened here and closed after."""
    if isinstance(file, (str, os.PathLike)):
        name = filename or os.path.basename(os.fspath(file))
        try:
            handle = open(file, "rb")  # noqa: SIM115 (closed below, after the request has streamed it)
        except OSError as exc:
            raise SparkBotValidationError(
                "file", f"cannot be read: {exc.strerror}", os.fspath(file)
            ) from None
        with handle:
            yield name, handle, _mime(name)
        return
    if isinstance(file, (bytes, bytearray)):
        name = filename or "file"
        yield name, bytes(file), _mime(name)
        return
    if not hasattr(file, "read"):
        raise SparkBotValidationError("file", "must be a path, bytes or a binary file object", file)
    name = filename or os.path.basename(str(getattr(file, "name", "") or "file"))
    yield name, file, _mime(name)


def _mime(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def _multipart_request(
    part: tuple[str, IO[bytes] | bytes, str], form: dict[str, str], query: dict[str, str]
) -> dict[str, Any]:
    request: dict[str, Any] = {"method": "POST", "url": FILES_UPLOAD.path, "files": {"file": part}}
    if form:
        request["data"] = form
    if query:
        request["params"] = query
    return request


class Files(FilesResource):
    """`client.files`: the generated actions, with `upload` taking a URL or a local file."""

    def upload(
        self,
        *,
        url: str | None = None,
        file: FileInput | None = None,
        filename: str | None = None,
        reference: str | None = None,
        query_reference: str | None = None,
        format_: FileFormat | None = None,
        expiration: str | None = None,
        permission: Permission | None = None,
        tags: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[File]:
        """Upload a file: `url=` (the API fetches it) or `file=` (a path, bytes or a binary file object,
        sent as multipart/form-data). Returns the created files (the API answers a list)."""
        if url is not None and file is None:
            return super().upload(
                url=url, filename=filename, reference=reference, query_reference=query_reference,
                format_=format_, expiration=expiration,  # type: ignore[arg-type]  # checked against the enum
                permission=permission, tags=tags, timeout=timeout, extra_headers=extra_headers,
                max_retries=max_retries, deadline=deadline,
            )  # fmt: skip
        file, form, query = _multipart_parts(
            url, file, filename=filename, reference=reference, query_reference=query_reference,
            format_=format_, expiration=expiration, permission=permission, tags=tags,
        )  # fmt: skip
        options = RequestOptions(timeout, extra_headers, max_retries, deadline)
        client = cast("SparkBot", self._client)  # or its raw caller, which answers APIResponse
        client._check_options(options)
        with _part(file, filename) as part:
            response = client._send(_multipart_request(part, form, query), options)
            return finish(FILES_UPLOAD, response, raw=client._answers_raw)  # type: ignore[no-any-return]


class AsyncFiles(AsyncFilesResource):
    """`client.files` (async): the generated actions, with `upload` taking a URL or a local file."""

    async def upload(
        self,
        *,
        url: str | None = None,
        file: FileInput | None = None,
        filename: str | None = None,
        reference: str | None = None,
        query_reference: str | None = None,
        format_: FileFormat | None = None,
        expiration: str | None = None,
        permission: Permission | None = None,
        tags: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[File]:
        """Upload a file: `url=` (the API fetches it) or `file=` (a path, bytes or a binary file object,
        sent as multipart/form-data). Returns the created files (the API answers a list)."""
        if url is not None and file is None:
            return await super().upload(
                url=url, filename=filename, reference=reference, query_reference=query_reference,
                format_=format_, expiration=expiration,  # type: ignore[arg-type]  # checked against the enum
                permission=permission, tags=tags, timeout=timeout, extra_headers=extra_headers,
                max_retries=max_retries, deadline=deadline,
            )  # fmt: skip
        file, form, query = _multipart_parts(
            url, file, filename=filename, reference=reference, query_reference=query_reference,
            format_=format_, expiration=expiration, permission=permission, tags=tags,
        )  # fmt: skip
        options = RequestOptions(timeout, extra_headers, max_retries, deadline)
        client = cast("AsyncSparkBot", self._client)  # or its raw caller, which answers APIResponse
        client._check_options(options)
        with _part(file, filename) as part:
            response = await client._send(_multipart_request(part, form, query), options)
            return finish(FILES_UPLOAD, response, raw=client._answers_raw)  # type: ignore[no-any-return]
