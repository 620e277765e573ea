from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateTeamMemberBody")


@_attrs_define
class CreateTeamMemberBody:
    """
    Attributes:
        display_name (str): Display Name.
        email (str): Email.
        password (str): Password.
        role (TeamRole)
        color (TeamColor)
        invite (bool | None): Send Invitation Email.
    """

    display_name: str
    email: str
    password: str
    role: TeamRole
    color: TeamColor
    invite: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.display_name is not None:  # a reply may lack even a required field
            display_name = self.display_name
            field_dict["displayName"] = display_name

        if self.email is not None:  # a reply may lack even a required field
            email = self.email
            field_dict["email"] = email

        if self.password is not None:  # a reply may lack even a required field
            password = self.password
            field_dict["password"] = password

        if self.role is not None:  # a reply may lack even a required field
            role = self.role.value
            field_dict["role"] = role

        if self.color is not None:  # a reply may lack even a required field
            color = self.color.value
            field_dict["color"] = color

        _invite_value = UNSET if self.invite is None else self.invite
        invite = _invite_value
        if invite is not UNSET:
            field_dict["invite"] = invite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        role: TeamRole | Unset
        try:
            role = TeamRole(d["role"])

        except LENIENT:
            role = UNSET
        else:
            d.pop("role", None)

        color: TeamColor | Unset
        try:
            color = TeamColor(d["color"])

        except LENIENT:
            color = UNSET
        else:
            d.pop("color", None)

        invite = d.pop("invite", UNSET)

        create_team_member_body = cls(
            display_name=cast(Any, None) if isinstance(display_name, Unset) else display_name,
            email=cast(Any, None) if isinstance(email, Unset) else email,
            password=cast(Any, None) if isinstance(password, Unset) else password,
            role=cast(Any, None) if isinstance(role, Unset) else role,
            color=cast(Any, None) if isinstance(color, Unset) else color,
            invite=None if isinstance(invite, Unset) else invite,
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
