from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_group_body_permissions_edit import UpdateGroupBodyPermissionsEdit
from ..models.update_group_body_permissions_invite import UpdateGroupBodyPermissionsInvite
from ..models.update_group_body_permissions_send import UpdateGroupBodyPermissionsSend
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateGroupBodyPermissions(ApiModel):
    """
    Attributes:
        edit (UpdateGroupBodyPermissionsEdit | None): Edit Settings Permission. API default: all.
        send (UpdateGroupBodyPermissionsSend | None): Send Messages Permission. API default: all.
        invite (UpdateGroupBodyPermissionsInvite | None): Invite Permission. API default: all.
        approval (bool | None): Require Approval.
    """

    edit: UpdateGroupBodyPermissionsEdit | None = None
    send: UpdateGroupBodyPermissionsSend | None = None
    invite: UpdateGroupBodyPermissionsInvite | None = None
    approval: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateGroupBodyPermissions._api_fields = {
    "edit": ("edit", member(UpdateGroupBodyPermissionsEdit)),
    "send": ("send", member(UpdateGroupBodyPermissionsSend)),
    "invite": ("invite", member(UpdateGroupBodyPermissionsInvite)),
    "approval": ("approval", None),
}
