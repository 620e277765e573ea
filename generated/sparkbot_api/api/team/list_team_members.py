"""GET /team: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.team_user import TeamUser

SUCCESS = 200
"""The documented success status."""
MODEL: Any = TeamUser
MANY = True
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    ids: Any = None,
    status: Any = None,
    role: Any = None,
    search: Any = None,
    device: Any = None,
    except_ids: Any = None,
    online_before: Any = None,
    online_after: Any = None,
    login_before: Any = None,
    login_after: Any = None,
    size: Any = None,
    page: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "GET",
        "url": "/team",
    }
    params = {
        "ids": ids,
        "status": status,
        "role": role,
        "search": search,
        "device": device,
        "exceptIds": except_ids,
        "onlineBefore": online_before,
        "onlineAfter": online_after,
        "loginBefore": login_before,
        "loginAfter": login_after,
        "size": size,
        "page": page,
    }
    request["params"] = {key: value for key, value in params.items() if value is not None}
    return request
