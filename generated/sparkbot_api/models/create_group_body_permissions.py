from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_group_body_permissions_edit import CreateGroupBodyPermissionsEdit
from ..models.create_group_body_permissions_invite import CreateGroupBodyPermissionsInvite
from ..models.create_group_body_permissions_send import CreateGroupBodyPermissionsSend
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateGroupBodyPermissions")


@_attrs_define
class CreateGroupBodyPermissions:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _edit_value = UNSET if self.edit is None else self.edit
        edit: str | Unset = UNSET
        if not isinstance(_edit_value, Unset):
            edit = _edit_value.value

        if edit is not UNSET:
            field_dict["edit"] = edit

        _send_value = UNSET if self.send is None else self.send
        send: str | Unset = UNSET
        if not isinstance(_send_value, Unset):
            send = _send_value.value

        if send is not UNSET:
            field_dict["send"] = send

        _invite_value = UNSET if self.invite is None else self.invite
        invite: str | Unset = UNSET
        if not isinstance(_invite_value, Unset):
            invite = _invite_value.value

        if invite is not UNSET:
            field_dict["invite"] = invite

        _approval_value = UNSET if self.approval is None else self.approval
        approval = _approval_value
        if approval is not UNSET:
            field_dict["approval"] = approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:
            _edit = d.get("edit", UNSET)
            edit: CreateGroupBodyPermissionsEdit | Unset
            if isinstance(_edit, Unset):
                edit = UNSET
            else:
                edit = CreateGroupBodyPermissionsEdit(_edit)

        except LENIENT:
            edit = UNSET
        else:
            d.pop("edit", None)

        try:
            _send = d.get("send", UNSET)
            send: CreateGroupBodyPermissionsSend | Unset
            if isinstance(_send, Unset):
                send = UNSET
            else:
                send = CreateGroupBodyPermissionsSend(_send)

        except LENIENT:
            send = UNSET
        else:
            d.pop("send", None)

        try:
            _invite = d.get("invite", UNSET)
            invite: CreateGroupBodyPermissionsInvite | Unset
            if isinstance(_invite, Unset):
                invite = UNSET
            else:
                invite = CreateGroupBodyPermissionsInvite(_invite)

        except LENIENT:
            invite = UNSET
        else:
            d.pop("invite", None)

        approval = d.pop("approval", UNSET)

        create_group_body_permissions = cls(
            edit=None if isinstance(edit, Unset) else edit,
            send=None if isinstance(send, Unset) else send,
            invite=None if isinstance(invite, Unset) else invite,
            approval=None if isinstance(approval, Unset) else approval,
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
