from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_icon import DepartmentIcon
from ..models.label_color import LabelColor
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateDepartmentBody")


@_attrs_define
class UpdateDepartmentBody:
    """
    Attributes:
        department (str): Department ID.
        name (str | Unset): Name.
        color (LabelColor | Unset):
        icon (DepartmentIcon | Unset):
        description (str | Unset): Description.
        agents (list[str] | Unset): Agents.
    """

    department: str
    name: str | Unset = UNSET
    color: LabelColor | Unset = UNSET
    icon: DepartmentIcon | Unset = UNSET
    description: str | Unset = UNSET
    agents: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        name = self.name

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        icon: str | Unset = UNSET
        if not isinstance(self.icon, Unset):
            icon = self.icon.value

        description = self.description

        agents: list[str] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = self.agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department": department,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if description is not UNSET:
            field_dict["description"] = description
        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = d.pop("department")

        name = d.pop("name", UNSET)

        _color = d.pop("color", UNSET)
        color: LabelColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = LabelColor(_color)

        _icon = d.pop("icon", UNSET)
        icon: DepartmentIcon | Unset
        if isinstance(_icon, Unset):
            icon = UNSET
        else:
            icon = DepartmentIcon(_icon)

        description = d.pop("description", UNSET)

        agents = cast(list[str], d.pop("agents", UNSET))

        update_department_body = cls(
            department=department,
            name=name,
            color=color,
            icon=icon,
            description=description,
            agents=agents,
        )

        update_department_body.additional_properties = d
        return update_department_body

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
