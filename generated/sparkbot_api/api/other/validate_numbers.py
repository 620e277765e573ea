"""POST /numbers/validate: the request to send and its success answer (the client sends it)."""

from typing import Any

import httpx

from ...models.error import Error
from ...models.phone_validation import PhoneValidation
from ...models.validate_numbers_body import ValidateNumbersBody


def build_request(
    *,
    body: ValidateNumbersBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/numbers/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | PhoneValidation | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = PhoneValidation.from_dict(response.json())

        return response_200

    return None
