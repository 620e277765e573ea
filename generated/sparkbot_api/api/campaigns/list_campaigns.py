"""GET /campaigns: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.campaign import Campaign

SUCCESS = 200
"""The documented success status."""
MODEL: Any = Campaign
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    before: Any = None,
    after: Any = None,
    status: Any = None,
    device: Any = None,
    owner: Any = None,
    id: Any = None,
    phone: Any = None,
    group: Any = None,
    size: Any = None,
    page: Any = None,
    sort: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/campaigns",
    }
    params = {
        "before": before,
        "after": after,
        "status": status,
        "device": device,
        "owner": owner,
        "id": id,
        "phone": phone,
        "group": group,
        "size": size,
        "page": page,
        "sort": sort,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
