from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_team_members_body_users_item_action import DeleteTeamMembersBodyUsersItemAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class DeleteTeamMembersBodyUsersItem(ApiModel):
    """
    Attributes:
        id (str | None): User ID.
        email (str | None): Email.
        action (DeleteTeamMembersBodyUsersItemAction | None): Action. API default: unassign.
        assign (str | None): Reassign To User ID.
        remove (bool | None): Remove Completely.
    """

    id: str | None = None
    email: str | None = None
    action: DeleteTeamMembersBodyUsersItemAction | None = None
    assign: str | None = None
    remove: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeleteTeamMembersBodyUsersItem._api_fields = {
    "id": ("id", None),
    "email": ("email", None),
    "action": ("action", member(DeleteTeamMembersBodyUsersItemAction)),
    "assign": ("assign", None),
    "remove": ("remove", None),
}
