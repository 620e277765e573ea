"""PATCH /chat/{device_id}/contacts/{contact_id}: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.contact import Contact
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Contact
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    device_id: str,
    contact_id: str,
    *,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "PATCH",
        "url": f"/chat/{path_segment(device_id)}/contacts/{path_segment(contact_id)}",
    }
    if body is not None:
        request["json"] = body
    return request
