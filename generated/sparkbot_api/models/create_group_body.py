from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_ephemeral import GroupEphemeral
from ..types import ApiModel, compact_repr, each, either, member


@_attrs_define
class CreateGroupBody(ApiModel):
    """
    Attributes:
        name (str): Group Name.
        description (str | None): Description.
        permissions (CreateGroupBodyPermissions | None)
        ephemeral (GroupEphemeral | None)
        participants (list[GroupParticipantInput | str] | None)
    """

    name: str
    description: str | None = None
    permissions: CreateGroupBodyPermissions | None = None
    ephemeral: GroupEphemeral | None = None
    participants: list[GroupParticipantInput | str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.create_group_body_permissions import CreateGroupBodyPermissions  # noqa: E402
from ..models.group_participant_input import GroupParticipantInput  # noqa: E402

CreateGroupBody._api_fields = {
    "name": ("name", None),
    "description": ("description", None),
    "permissions": ("permissions", CreateGroupBodyPermissions.from_dict),
    "ephemeral": ("ephemeral", member(GroupEphemeral)),
    "participants": ("participants", each(either((dict, GroupParticipantInput.from_dict), as_is=True))),
}
