from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_user_role import TeamUserRole
from ..models.team_user_status import TeamUserStatus
from ..types import ApiModel, compact_repr, member, nullable


@_attrs_define
class TeamUser(ApiModel):
    """Team member (user).

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        display_name (str | None): Not in the Swagger properties; from the Create Team Member body.
        email (str | None)
        role (TeamUserRole | None)
        status (TeamUserStatus | None)
        last_login_at (datetime.datetime | None)
        settings (TeamUserSettings | None)
        availability (TeamUserAvailability | None)
    """

    id: str
    display_name: str | None = None
    email: str | None = None
    role: TeamUserRole | None = None
    status: TeamUserStatus | None = None
    last_login_at: datetime.datetime | None = None
    settings: TeamUserSettings | None = None
    availability: TeamUserAvailability | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.team_user_availability import TeamUserAvailability  # noqa: E402
from ..models.team_user_settings import TeamUserSettings  # noqa: E402

TeamUser._api_fields = {
    "id": ("id", None),
    "displayName": ("display_name", None),
    "email": ("email", None),
    "role": ("role", member(TeamUserRole)),
    "status": ("status", member(TeamUserStatus)),
    "lastLoginAt": ("last_login_at", nullable(datetime.datetime.fromisoformat)),
    "settings": ("settings", TeamUserSettings.from_dict),
    "availability": ("availability", TeamUserAvailability.from_dict),
}
