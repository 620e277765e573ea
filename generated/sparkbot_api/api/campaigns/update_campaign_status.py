"""PUT /campaigns/{campaign_id}/status: the request to send and its success answer (the client sends it)."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.campaign import Campaign
from ...models.error import Error
from ...models.update_campaign_status_body import UpdateCampaignStatusBody


def build_request(
    campaign_id: str,
    *,
    body: UpdateCampaignStatusBody,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{campaign_id}/status".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Campaign | Error | None:
    """The success answer as its documented type (None for a status it does not document)."""
    if response.status_code == 200:
        response_200 = Campaign.from_dict(response.json())

        return response_200

    return None
