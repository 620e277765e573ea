from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_ephemeral import GroupEphemeral
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateGroupBody")


@_attrs_define
class UpdateGroupBody:
    """
    Attributes:
        name (str): Group Name.
        description (str | Unset): Description.
        permissions (UpdateGroupBodyPermissions | Unset):
        ephemeral (GroupEphemeral | Unset):
    """

    name: str
    description: str | Unset = UNSET
    permissions: UpdateGroupBodyPermissions | Unset = UNSET
    ephemeral: GroupEphemeral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        ephemeral: str | Unset = UNSET
        if not isinstance(self.ephemeral, Unset):
            ephemeral = self.ephemeral.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if ephemeral is not UNSET:
            field_dict["ephemeral"] = ephemeral

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: UpdateGroupBodyPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = UpdateGroupBodyPermissions.from_dict(_permissions)

        _ephemeral = d.pop("ephemeral", UNSET)
        ephemeral: GroupEphemeral | Unset
        if isinstance(_ephemeral, Unset):
            ephemeral = UNSET
        else:
            ephemeral = GroupEphemeral(_ephemeral)

        update_group_body = cls(
            name=name,
            description=description,
            permissions=permissions,
            ephemeral=ephemeral,
        )

        update_group_body.additional_properties = d
        return update_group_body

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


from ..models.update_group_body_permissions import UpdateGroupBodyPermissions  # noqa: E402
