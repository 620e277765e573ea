"""GET /campaigns/{campaign_id}/contacts: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.campaign_contact import CampaignContact
from ...types import path_segment

SUCCESS = 200
"""The documented success status."""
MODEL: Any = CampaignContact
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    campaign_id: str,
    *,
    search: Any = None,
    target: Any = None,
    kind: Any = None,
    status: Any = None,
    ack: Any = None,
    wid: Any = None,
    size: Any = None,
    page: Any = None,
    sort: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": f"/campaigns/{path_segment(campaign_id)}/contacts",
    }
    params = {
        "search": search,
        "target": target,
        "kind": kind,
        "status": status,
        "ack": ack,
        "wid": wid,
        "size": size,
        "page": page,
        "sort": sort,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
