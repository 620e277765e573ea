from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChatOwner")


@_attrs_define
class ChatOwner:
    """Assignment (agent and department) data.

    Attributes:
        agent (str | Unset): Assigned agent user ID.
        assigner (str | Unset):
        assigned_at (datetime.datetime | Unset):
        unassigned_at (datetime.datetime | Unset):
        previous_agent (str | Unset):
        auto_assign_agent (str | Unset):
        auto_assigned_at (datetime.datetime | Unset):
        auto_unassigned_at (datetime.datetime | Unset):
        department (str | Unset): Assigned department ID.
        previous_department (str | Unset):
        department_updated_at (datetime.datetime | Unset):
        department_assigner (str | Unset):
        auto_assign_department (str | Unset):
        auto_assign_department_at (datetime.datetime | Unset):
    """

    agent: str | Unset = UNSET
    assigner: str | Unset = UNSET
    assigned_at: datetime.datetime | Unset = UNSET
    unassigned_at: datetime.datetime | Unset = UNSET
    previous_agent: str | Unset = UNSET
    auto_assign_agent: str | Unset = UNSET
    auto_assigned_at: datetime.datetime | Unset = UNSET
    auto_unassigned_at: datetime.datetime | Unset = UNSET
    department: str | Unset = UNSET
    previous_department: str | Unset = UNSET
    department_updated_at: datetime.datetime | Unset = UNSET
    department_assigner: str | Unset = UNSET
    auto_assign_department: str | Unset = UNSET
    auto_assign_department_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent

        assigner = self.assigner

        assigned_at: str | Unset = UNSET
        if not isinstance(self.assigned_at, Unset):
            assigned_at = self.assigned_at.isoformat()

        unassigned_at: str | Unset = UNSET
        if not isinstance(self.unassigned_at, Unset):
            unassigned_at = self.unassigned_at.isoformat()

        previous_agent = self.previous_agent

        auto_assign_agent = self.auto_assign_agent

        auto_assigned_at: str | Unset = UNSET
        if not isinstance(self.auto_assigned_at, Unset):
            auto_assigned_at = self.auto_assigned_at.isoformat()

        auto_unassigned_at: str | Unset = UNSET
        if not isinstance(self.auto_unassigned_at, Unset):
            auto_unassigned_at = self.auto_unassigned_at.isoformat()

        department = self.department

        previous_department = self.previous_department

        department_updated_at: str | Unset = UNSET
        if not isinstance(self.department_updated_at, Unset):
            department_updated_at = self.department_updated_at.isoformat()

        department_assigner = self.department_assigner

        auto_assign_department = self.auto_assign_department

        auto_assign_department_at: str | Unset = UNSET
        if not isinstance(self.auto_assign_department_at, Unset):
            auto_assign_department_at = self.auto_assign_department_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if assigner is not UNSET:
            field_dict["assigner"] = assigner
        if assigned_at is not UNSET:
            field_dict["assignedAt"] = assigned_at
        if unassigned_at is not UNSET:
            field_dict["unassignedAt"] = unassigned_at
        if previous_agent is not UNSET:
            field_dict["previousAgent"] = previous_agent
        if auto_assign_agent is not UNSET:
            field_dict["autoAssignAgent"] = auto_assign_agent
        if auto_assigned_at is not UNSET:
            field_dict["autoAssignedAt"] = auto_assigned_at
        if auto_unassigned_at is not UNSET:
            field_dict["autoUnassignedAt"] = auto_unassigned_at
        if department is not UNSET:
            field_dict["department"] = department
        if previous_department is not UNSET:
            field_dict["previousDepartment"] = previous_department
        if department_updated_at is not UNSET:
            field_dict["departmentUpdatedAt"] = department_updated_at
        if department_assigner is not UNSET:
            field_dict["departmentAssigner"] = department_assigner
        if auto_assign_department is not UNSET:
            field_dict["autoAssignDepartment"] = auto_assign_department
        if auto_assign_department_at is not UNSET:
            field_dict["autoAssignDepartmentAt"] = auto_assign_department_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = d.pop("agent", UNSET)

        assigner = d.pop("assigner", UNSET)

        _assigned_at = d.pop("assignedAt", UNSET)
        assigned_at: datetime.datetime | Unset
        if isinstance(_assigned_at, Unset):
            assigned_at = UNSET
        else:
            assigned_at = datetime.datetime.fromisoformat(_assigned_at)

        _unassigned_at = d.pop("unassignedAt", UNSET)
        unassigned_at: datetime.datetime | Unset
        if isinstance(_unassigned_at, Unset):
            unassigned_at = UNSET
        else:
            unassigned_at = datetime.datetime.fromisoformat(_unassigned_at)

        previous_agent = d.pop("previousAgent", UNSET)

        auto_assign_agent = d.pop("autoAssignAgent", UNSET)

        _auto_assigned_at = d.pop("autoAssignedAt", UNSET)
        auto_assigned_at: datetime.datetime | Unset
        if isinstance(_auto_assigned_at, Unset):
            auto_assigned_at = UNSET
        else:
            auto_assigned_at = datetime.datetime.fromisoformat(_auto_assigned_at)

        _auto_unassigned_at = d.pop("autoUnassignedAt", UNSET)
        auto_unassigned_at: datetime.datetime | Unset
        if isinstance(_auto_unassigned_at, Unset):
            auto_unassigned_at = UNSET
        else:
            auto_unassigned_at = datetime.datetime.fromisoformat(_auto_unassigned_at)

        department = d.pop("department", UNSET)

        previous_department = d.pop("previousDepartment", UNSET)

        _department_updated_at = d.pop("departmentUpdatedAt", UNSET)
        department_updated_at: datetime.datetime | Unset
        if isinstance(_department_updated_at, Unset):
            department_updated_at = UNSET
        else:
            department_updated_at = datetime.datetime.fromisoformat(_department_updated_at)

        department_assigner = d.pop("departmentAssigner", UNSET)

        auto_assign_department = d.pop("autoAssignDepartment", UNSET)

        _auto_assign_department_at = d.pop("autoAssignDepartmentAt", UNSET)
        auto_assign_department_at: datetime.datetime | Unset
        if isinstance(_auto_assign_department_at, Unset):
            auto_assign_department_at = UNSET
        else:
            auto_assign_department_at = datetime.datetime.fromisoformat(_auto_assign_department_at)

        chat_owner = cls(
            agent=agent,
            assigner=assigner,
            assigned_at=assigned_at,
            unassigned_at=unassigned_at,
            previous_agent=previous_agent,
            auto_assign_agent=auto_assign_agent,
            auto_assigned_at=auto_assigned_at,
            auto_unassigned_at=auto_unassigned_at,
            department=department,
            previous_department=previous_department,
            department_updated_at=department_updated_at,
            department_assigner=department_assigner,
            auto_assign_department=auto_assign_department,
            auto_assign_department_at=auto_assign_department_at,
        )

        chat_owner.additional_properties = d
        return chat_owner

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
