from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_team_members_body_users_item_action import DeleteTeamMembersBodyUsersItemAction
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteTeamMembersBodyUsersItem")


@_attrs_define
class DeleteTeamMembersBodyUsersItem:
    """
    Attributes:
        id (str | Unset): User ID.
        email (str | Unset): Email.
        action (DeleteTeamMembersBodyUsersItemAction | Unset): Action. API default: unassign.
        assign (str | Unset): Reassign To User ID.
        remove (bool | Unset): Remove Completely.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    action: DeleteTeamMembersBodyUsersItemAction | Unset = UNSET
    assign: str | Unset = UNSET
    remove: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        assign = self.assign

        remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if action is not UNSET:
            field_dict["action"] = action
        if assign is not UNSET:
            field_dict["assign"] = assign
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        _action = d.pop("action", UNSET)
        action: DeleteTeamMembersBodyUsersItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = DeleteTeamMembersBodyUsersItemAction(_action)

        assign = d.pop("assign", UNSET)

        remove = d.pop("remove", UNSET)

        delete_team_members_body_users_item = cls(
            id=id,
            email=email,
            action=action,
            assign=assign,
            remove=remove,
        )

        delete_team_members_body_users_item.additional_properties = d
        return delete_team_members_body_users_item

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
