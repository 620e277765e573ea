from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateTeamMemberBody")


@_attrs_define
class UpdateTeamMemberBody:
    """
    Attributes:
        id (str): User ID.
        display_name (str | Unset): Display Name.
        email (str | Unset): Email.
        password (str | Unset): Password.
        role (TeamRole | Unset):
        color (TeamColor | Unset):
    """

    id: str
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    role: TeamRole | Unset = UNSET
    color: TeamColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        email = self.email

        password = self.password

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if role is not UNSET:
            field_dict["role"] = role
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        _role = d.pop("role", UNSET)
        role: TeamRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = TeamRole(_role)

        _color = d.pop("color", UNSET)
        color: TeamColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = TeamColor(_color)

        update_team_member_body = cls(
            id=id,
            display_name=display_name,
            email=email,
            password=password,
            role=role,
            color=color,
        )

        update_team_member_body.additional_properties = d
        return update_team_member_body

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
