from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteTeamMembersBody")


@_attrs_define
class DeleteTeamMembersBody:
    """
    Attributes:
        force (bool | None): Force Delete.
        users (list[DeleteTeamMembersBodyUsersItem] | None)
    """

    force: bool | None = None
    users: list[DeleteTeamMembersBodyUsersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _force_value = UNSET if self.force is None else self.force
        force = _force_value
        if force is not UNSET:
            field_dict["force"] = force

        _users_value = UNSET if self.users is None else self.users
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_users_value, Unset):
            users = []
            for users_item_data in _users_value:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        force = d.pop("force", UNSET)

        try:
            _users = d.get("users", UNSET)
            users: list[DeleteTeamMembersBodyUsersItem] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = DeleteTeamMembersBodyUsersItem.from_dict(users_item_data)

                    users.append(users_item)

        except LENIENT:
            users = UNSET
        else:
            d.pop("users", None)

        delete_team_members_body = cls(
            force=None if isinstance(force, Unset) else force,
            users=None if isinstance(users, Unset) else users,
        )

        delete_team_members_body.additional_properties = d
        return delete_team_members_body

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


from ..models.delete_team_members_body_users_item import DeleteTeamMembersBodyUsersItem  # noqa: E402
