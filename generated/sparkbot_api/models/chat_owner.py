from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class ChatOwner(ApiModel):
    """Assignment (agent and department) data.

    Attributes:
        agent (str | None): Assigned agent user ID.
        assigner (str | None)
        assigned_at (datetime.datetime | None)
        unassigned_at (datetime.datetime | None)
        previous_agent (str | None)
        auto_assign_agent (str | None)
        auto_assigned_at (datetime.datetime | None)
        auto_unassigned_at (datetime.datetime | None)
        department (str | None): Assigned department ID.
        previous_department (str | None)
        department_updated_at (datetime.datetime | None)
        department_assigner (str | None)
        auto_assign_department (str | None)
        auto_assign_department_at (datetime.datetime | None)
    """

    agent: str | None = None
    assigner: str | None = None
    assigned_at: datetime.datetime | None = None
    unassigned_at: datetime.datetime | None = None
    previous_agent: str | None = None
    auto_assign_agent: str | None = None
    auto_assigned_at: datetime.datetime | None = None
    auto_unassigned_at: datetime.datetime | None = None
    department: str | None = None
    previous_department: str | None = None
    department_updated_at: datetime.datetime | None = None
    department_assigner: str | None = None
    auto_assign_department: str | None = None
    auto_assign_department_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ChatOwner._api_fields = {
    "agent": ("agent", None),
    "assigner": ("assigner", None),
    "assignedAt": ("assigned_at", nullable(datetime.datetime.fromisoformat)),
    "unassignedAt": ("unassigned_at", nullable(datetime.datetime.fromisoformat)),
    "previousAgent": ("previous_agent", None),
    "autoAssignAgent": ("auto_assign_agent", None),
    "autoAssignedAt": ("auto_assigned_at", nullable(datetime.datetime.fromisoformat)),
    "autoUnassignedAt": ("auto_unassigned_at", nullable(datetime.datetime.fromisoformat)),
    "department": ("department", None),
    "previousDepartment": ("previous_department", None),
    "departmentUpdatedAt": ("department_updated_at", nullable(datetime.datetime.fromisoformat)),
    "departmentAssigner": ("department_assigner", None),
    "autoAssignDepartment": ("auto_assign_department", None),
    "autoAssignDepartmentAt": ("auto_assign_department_at", nullable(datetime.datetime.fromisoformat)),
}
