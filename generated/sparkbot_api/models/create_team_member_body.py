from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateTeamMemberBody")


@_attrs_define
class CreateTeamMemberBody:
    """
    Attributes:
        display_name (str): Display Name.
        email (str): Email.
        password (str): Password.
        role (TeamRole):
        color (TeamColor):
        invite (bool | Unset): Send Invitation Email.
    """

    display_name: str
    email: str
    password: str
    role: TeamRole
    color: TeamColor
    invite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        password = self.password

        role = self.role.value

        color = self.color.value

        invite = self.invite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "email": email,
                "password": password,
                "role": role,
                "color": color,
            }
        )
        if invite is not UNSET:
            field_dict["invite"] = invite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        email = d.pop("email")

        password = d.pop("password")

        role = TeamRole(d.pop("role"))

        color = TeamColor(d.pop("color"))

        invite = d.pop("invite", UNSET)

        create_team_member_body = cls(
            display_name=display_name,
            email=email,
            password=password,
            role=role,
            color=color,
            invite=invite,
        )

        create_team_member_body.additional_properties = d
        return create_team_member_body

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
