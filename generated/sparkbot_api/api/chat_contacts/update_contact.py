"""PATCH /chat/{device_id}/contacts/{contact_id}: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact import Contact
from ...models.error import Error
from ...models.update_contact_body import UpdateContactBody


def build_request(
    device_id: str,
    contact_id: str,
    *,
    body: UpdateContactBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/chat/{device_id}/contacts/{contact_id}".format(
            device_id=quote(str(device_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Contact | Error | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    return None
