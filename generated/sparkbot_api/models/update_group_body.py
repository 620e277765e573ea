from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_ephemeral import GroupEphemeral
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateGroupBody(ApiModel):
    """
    Attributes:
        name (str): Group Name.
        description (str | None): Description.
        permissions (UpdateGroupBodyPermissions | None)
        ephemeral (GroupEphemeral | None)
    """

    name: str
    description: str | None = None
    permissions: UpdateGroupBodyPermissions | None = None
    ephemeral: GroupEphemeral | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.update_group_body_permissions import UpdateGroupBodyPermissions  # noqa: E402

UpdateGroupBody._api_fields = {
    "name": ("name", None),
    "description": ("description", None),
    "permissions": ("permissions", UpdateGroupBodyPermissions.from_dict),
    "ephemeral": ("ephemeral", member(GroupEphemeral)),
}
