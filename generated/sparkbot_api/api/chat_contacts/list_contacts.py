"""GET /chat/{device_id}/contacts: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.contact import Contact
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Contact
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    *,
    search: Any = None,
    type_: Any = None,
    has: Any = None,
    has_chat: Any = None,
    country: Any = None,
    labels: Any = None,
    labels_exclude: Any = None,
    include: Any = None,
    metadata_key: Any = None,
    metadata_value: Any = None,
    after: Any = None,
    before: Any = None,
    updated_after: Any = None,
    updated_before: Any = None,
    last_message_after: Any = None,
    last_message_before: Any = None,
    size: Any = None,
    page: Any = None,
    sort: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/chat/{path_segment(device_id)}/contacts",
    }
    params = {
        "search": search,
        "type": type_,
        "has": has,
        "hasChat": has_chat,
        "country": country,
        "labels": labels,
        "labelsExclude": labels_exclude,
        "include": include,
        "metadataKey": metadata_key,
        "metadataValue": metadata_value,
        "after": after,
        "before": before,
        "updatedAfter": updated_after,
        "updatedBefore": updated_before,
        "lastMessageAfter": last_message_after,
        "lastMessageBefore": last_message_before,
        "size": size,
        "page": page,
        "sort": sort,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
