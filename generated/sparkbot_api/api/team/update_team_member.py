"""PATCH /team: the request to send, from plain JSON values, and the model of its success answer."""

from typing import Any

from ...models.team_user import TeamUser

SUCCESS = 200
"""The documented success status."""
MODEL: Any = TeamUser
MANY = False
"""MODEL: the success body's model (its items' when MANY), None when the body is not a JSON object."""


def build_request(
    *,
    body: Any = None,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.build_request` (None: left out)."""
    request: dict[str, Any] = {
        "method": "PATCH",
        "url": "/team",
    }
    if body is not None:
        request["json"] = body
    return request
