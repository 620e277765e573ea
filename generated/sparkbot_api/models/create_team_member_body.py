from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import ApiModel, compact_repr, member


@_attrs_define
class CreateTeamMemberBody(ApiModel):
    """
    Attributes:
        display_name (str): Display Name.
        email (str): Email.
        password (str): Password.
        role (TeamRole)
        color (TeamColor)
        invite (bool | None): Send Invitation Email.
    """

    display_name: str
    email: str
    password: str
    role: TeamRole
    color: TeamColor
    invite: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateTeamMemberBody._api_fields = {
    "displayName": ("display_name", None),
    "email": ("email", None),
    "password": ("password", None),
    "role": ("role", member(TeamRole)),
    "color": ("color", member(TeamColor)),
    "invite": ("invite", None),
}
