"""GET /files: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.file import File

SUCCESS = 200
"""The documented success status."""
MODEL: Any = File
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    search: Any = None,
    after: Any = None,
    before: Any = None,
    format_: Any = None,
    ids: Any = None,
    tags: Any = None,
    sha2: Any = None,
    reference: Any = None,
    status: Any = None,
    device: Any = None,
    filename: Any = None,
    origin: Any = None,
    mime: Any = None,
    kind: Any = None,
    ext: Any = None,
    permission: Any = None,
    owner: Any = None,
    filesize: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/files",
    }
    params = {
        "search": search,
        "after": after,
        "before": before,
        "format": format_,
        "ids": ids,
        "tags": tags,
        "sha2": sha2,
        "reference": reference,
        "status": status,
        "device": device,
        "filename": filename,
        "origin": origin,
        "mime": mime,
        "kind": kind,
        "ext": ext,
        "permission": permission,
        "owner": owner,
        "filesize": filesize,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
