from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_icon import DepartmentIcon
from ..models.label_color import LabelColor
from ..types import ApiModel, compact_repr, member


@_attrs_define
class CreateDepartmentBody(ApiModel):
    """
    Attributes:
        name (str): Name.
        color (LabelColor)
        icon (DepartmentIcon)
        description (str | None): Description.
        agents (list[str] | None): Agents.
    """

    name: str
    color: LabelColor
    icon: DepartmentIcon
    description: str | None = None
    agents: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateDepartmentBody._api_fields = {
    "name": ("name", None),
    "color": ("color", member(LabelColor)),
    "icon": ("icon", member(DepartmentIcon)),
    "description": ("description", None),
    "agents": ("agents", None),
}
