from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_group_body_permissions_edit import CreateGroupBodyPermissionsEdit
from ..models.create_group_body_permissions_invite import CreateGroupBodyPermissionsInvite
from ..models.create_group_body_permissions_send import CreateGroupBodyPermissionsSend
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateGroupBodyPermissions")


@_attrs_define
class CreateGroupBodyPermissions:
    """
    Attributes:
        edit (CreateGroupBodyPermissionsEdit | Unset): Edit Settings Permission. API default: all.
        send (CreateGroupBodyPermissionsSend | Unset): Send Messages Permission. API default: all.
        invite (CreateGroupBodyPermissionsInvite | Unset): Invite Permission. API default: all.
        approval (bool | Unset): Require Approval.
    """

    edit: CreateGroupBodyPermissionsEdit | Unset = UNSET
    send: CreateGroupBodyPermissionsSend | Unset = UNSET
    invite: CreateGroupBodyPermissionsInvite | Unset = UNSET
    approval: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        edit: str | Unset = UNSET
        if not isinstance(self.edit, Unset):
            edit = self.edit.value

        send: str | Unset = UNSET
        if not isinstance(self.send, Unset):
            send = self.send.value

        invite: str | Unset = UNSET
        if not isinstance(self.invite, Unset):
            invite = self.invite.value

        approval = self.approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edit is not UNSET:
            field_dict["edit"] = edit
        if send is not UNSET:
            field_dict["send"] = send
        if invite is not UNSET:
            field_dict["invite"] = invite
        if approval is not UNSET:
            field_dict["approval"] = approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _edit = d.pop("edit", UNSET)
        edit: CreateGroupBodyPermissionsEdit | Unset
        if isinstance(_edit, Unset):
            edit = UNSET
        else:
            edit = CreateGroupBodyPermissionsEdit(_edit)

        _send = d.pop("send", UNSET)
        send: CreateGroupBodyPermissionsSend | Unset
        if isinstance(_send, Unset):
            send = UNSET
        else:
            send = CreateGroupBodyPermissionsSend(_send)

        _invite = d.pop("invite", UNSET)
        invite: CreateGroupBodyPermissionsInvite | Unset
        if isinstance(_invite, Unset):
            invite = UNSET
        else:
            invite = CreateGroupBodyPermissionsInvite(_invite)

        approval = d.pop("approval", UNSET)

        create_group_body_permissions = cls(
            edit=edit,
            send=send,
            invite=invite,
            approval=approval,
        )

        create_group_body_permissions.additional_properties = d
        return create_group_body_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
