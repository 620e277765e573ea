from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_group_body_permissions_edit import CreateGroupBodyPermissionsEdit
from ..models.create_group_body_permissions_invite import CreateGroupBodyPermissionsInvite
from ..models.create_group_body_permissions_send import CreateGroupBodyPermissionsSend
from ..types import ApiModel, compact_repr, member


@_attrs_define
class CreateGroupBodyPermissions(ApiModel):
    """
    Attributes:
        edit (CreateGroupBodyPermissionsEdit | None): Edit Settings Permission. API default: all.
        send (CreateGroupBodyPermissionsSend | None): Send Messages Permission. API default: all.
        invite (CreateGroupBodyPermissionsInvite | None): Invite Permission. API default: all.
        approval (bool | None): Require Approval.
    """

    edit: CreateGroupBodyPermissionsEdit | None = None
    send: CreateGroupBodyPermissionsSend | None = None
    invite: CreateGroupBodyPermissionsInvite | None = None
    approval: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateGroupBodyPermissions._api_fields = {
    "edit": ("edit", member(CreateGroupBodyPermissionsEdit)),
    "send": ("send", member(CreateGroupBodyPermissionsSend)),
    "invite": ("invite", member(CreateGroupBodyPermissionsInvite)),
    "approval": ("approval", None),
}
