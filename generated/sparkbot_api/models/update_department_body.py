from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_icon import DepartmentIcon
from ..models.label_color import LabelColor
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateDepartmentBody")


@_attrs_define
class UpdateDepartmentBody:
    """
    Attributes:
        department (str): Department ID.
        name (str | None): Name.
        color (LabelColor | None)
        icon (DepartmentIcon | None)
        description (str | None): Description.
        agents (list[str] | None): Agents.
    """

    department: str
    name: str | None = None
    color: LabelColor | None = None
    icon: DepartmentIcon | None = None
    description: str | None = None
    agents: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.department is not None:  # a reply may lack even a required field
            department = self.department
            field_dict["department"] = department

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _color_value = UNSET if self.color is None else self.color
        color: str | Unset = UNSET
        if not isinstance(_color_value, Unset):
            color = _color_value.value

        if color is not UNSET:
            field_dict["color"] = color

        _icon_value = UNSET if self.icon is None else self.icon
        icon: str | Unset = UNSET
        if not isinstance(_icon_value, Unset):
            icon = _icon_value.value

        if icon is not UNSET:
            field_dict["icon"] = icon

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _agents_value = UNSET if self.agents is None else self.agents
        agents: list[str] | Unset = UNSET
        if not isinstance(_agents_value, Unset):
            agents = _agents_value

        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = d.pop("department", UNSET)

        name = d.pop("name", UNSET)

        try:
            _color = d.get("color", UNSET)
            color: LabelColor | Unset
            if isinstance(_color, Unset):
                color = UNSET
            else:
                color = LabelColor(_color)

        except LENIENT:
            color = UNSET
        else:
            d.pop("color", None)

        try:
            _icon = d.get("icon", UNSET)
            icon: DepartmentIcon | Unset
            if isinstance(_icon, Unset):
                icon = UNSET
            else:
                icon = DepartmentIcon(_icon)

        except LENIENT:
            icon = UNSET
        else:
            d.pop("icon", None)

        description = d.pop("description", UNSET)

        agents = cast(list[str], d.pop("agents", UNSET))

        update_department_body = cls(
            department=cast(Any, None) if isinstance(department, Unset) else department,
            name=None if isinstance(name, Unset) else name,
            color=None if isinstance(color, Unset) else color,
            icon=None if isinstance(icon, Unset) else icon,
            description=None if isinstance(description, Unset) else description,
            agents=None if isinstance(agents, Unset) else agents,
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
