from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class DeleteTeamMembersBody(ApiModel):
    """
    Attributes:
        force (bool | None): Force Delete.
        users (list[DeleteTeamMembersBodyUsersItem] | None)
    """

    force: bool | None = None
    users: list[DeleteTeamMembersBodyUsersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.delete_team_members_body_users_item import DeleteTeamMembersBodyUsersItem  # noqa: E402

DeleteTeamMembersBody._api_fields = {
    "force": ("force", None),
    "users": ("users", each(DeleteTeamMembersBodyUsersItem.from_dict)),
}
