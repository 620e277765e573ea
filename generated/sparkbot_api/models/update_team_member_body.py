from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateTeamMemberBody(ApiModel):
    """
    Attributes:
        id (str): User ID.
        display_name (str | None): Display Name.
        email (str | None): Email.
        password (str | None): Password.
        role (TeamRole | None)
        color (TeamColor | None)
    """

    id: str
    display_name: str | None = None
    email: str | None = None
    password: str | None = None
    role: TeamRole | None = None
    color: TeamColor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateTeamMemberBody._api_fields = {
    "id": ("id", None),
    "displayName": ("display_name", None),
    "email": ("email", None),
    "password": ("password", None),
    "role": ("role", member(TeamRole)),
    "color": ("color", member(TeamColor)),
}
