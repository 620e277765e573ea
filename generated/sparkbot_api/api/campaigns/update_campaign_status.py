"""PUT /campaigns/{campaign_id}/status: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any
from urllib.parse import quote

from ...models.campaign import Campaign

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Campaign
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    campaign_id: str,
    *,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "PUT",
        "url": "/campaigns/{campaign_id}/status".format(
            campaign_id=quote(campaign_id, safe=""),
        ),
    }
    if body is not None:
        request["json"] = body
    return request
