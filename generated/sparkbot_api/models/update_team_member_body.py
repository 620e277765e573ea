from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_color import TeamColor
from ..models.team_role import TeamRole
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateTeamMemberBody")


@_attrs_define
class UpdateTeamMemberBody:
    """
    Attributes:
        id (str): User ID.
        display_name (str | None): Display Name.
        email (str | None): Email.
        password (str | None): Password.
        role (TeamRole | None)
        color (TeamColor | None)
    """

    id: str
    display_name: str | None = None
    email: str | None = None
    password: str | None = None
    role: TeamRole | None = None
    color: TeamColor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:  # a reply may lack even a required field
            id = self.id
            field_dict["id"] = id

        _display_name_value = UNSET if self.display_name is None else self.display_name
        display_name = _display_name_value
        if display_name is not UNSET:
            field_dict["displayName"] = display_name

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _password_value = UNSET if self.password is None else self.password
        password = _password_value
        if password is not UNSET:
            field_dict["password"] = password

        _role_value = UNSET if self.role is None else self.role
        role: str | Unset = UNSET
        if not isinstance(_role_value, Unset):
            role = _role_value.value

        if role is not UNSET:
            field_dict["role"] = role

        _color_value = UNSET if self.color is None else self.color
        color: str | Unset = UNSET
        if not isinstance(_color_value, Unset):
            color = _color_value.value

        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        try:
            _role = d.get("role", UNSET)
            role: TeamRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = TeamRole(_role)

        except LENIENT:
            role = UNSET
        else:
            d.pop("role", None)

        try:
            _color = d.get("color", UNSET)
            color: TeamColor | Unset
            if isinstance(_color, Unset):
                color = UNSET
            else:
                color = TeamColor(_color)

        except LENIENT:
            color = UNSET
        else:
            d.pop("color", None)

        update_team_member_body = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            display_name=None if isinstance(display_name, Unset) else display_name,
            email=None if isinstance(email, Unset) else email,
            password=None if isinstance(password, Unset) else password,
            role=None if isinstance(role, Unset) else role,
            color=None if isinstance(color, Unset) else color,
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
