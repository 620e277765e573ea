from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatOwner")


@_attrs_define
class ChatOwner:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.agent is not None:
            field_dict["agent"] = self.agent

        if self.assigner is not None:
            field_dict["assigner"] = self.assigner

        _assigned_at_value = UNSET if self.assigned_at is None else self.assigned_at
        assigned_at: None | str | Unset
        if isinstance(_assigned_at_value, Unset):
            assigned_at = UNSET
        elif isinstance(_assigned_at_value, datetime.datetime):
            assigned_at = api_datetime(_assigned_at_value)
        else:
            assigned_at = _assigned_at_value
        if assigned_at is not UNSET:
            field_dict["assignedAt"] = assigned_at

        _unassigned_at_value = UNSET if self.unassigned_at is None else self.unassigned_at
        unassigned_at: None | str | Unset
        if isinstance(_unassigned_at_value, Unset):
            unassigned_at = UNSET
        elif isinstance(_unassigned_at_value, datetime.datetime):
            unassigned_at = api_datetime(_unassigned_at_value)
        else:
            unassigned_at = _unassigned_at_value
        if unassigned_at is not UNSET:
            field_dict["unassignedAt"] = unassigned_at

        if self.previous_agent is not None:
            field_dict["previousAgent"] = self.previous_agent

        if self.auto_assign_agent is not None:
            field_dict["autoAssignAgent"] = self.auto_assign_agent

        _auto_assigned_at_value = UNSET if self.auto_assigned_at is None else self.auto_assigned_at
        auto_assigned_at: None | str | Unset
        if isinstance(_auto_assigned_at_value, Unset):
            auto_assigned_at = UNSET
        elif isinstance(_auto_assigned_at_value, datetime.datetime):
            auto_assigned_at = api_datetime(_auto_assigned_at_value)
        else:
            auto_assigned_at = _auto_assigned_at_value
        if auto_assigned_at is not UNSET:
            field_dict["autoAssignedAt"] = auto_assigned_at

        _auto_unassigned_at_value = UNSET if self.auto_unassigned_at is None else self.auto_unassigned_at
        auto_unassigned_at: None | str | Unset
        if isinstance(_auto_unassigned_at_value, Unset):
            auto_unassigned_at = UNSET
        elif isinstance(_auto_unassigned_at_value, datetime.datetime):
            auto_unassigned_at = api_datetime(_auto_unassigned_at_value)
        else:
            auto_unassigned_at = _auto_unassigned_at_value
        if auto_unassigned_at is not UNSET:
            field_dict["autoUnassignedAt"] = auto_unassigned_at

        if self.department is not None:
            field_dict["department"] = self.department

        if self.previous_department is not None:
            field_dict["previousDepartment"] = self.previous_department

        _department_updated_at_value = UNSET if self.department_updated_at is None else self.department_updated_at
        department_updated_at: None | str | Unset
        if isinstance(_department_updated_at_value, Unset):
            department_updated_at = UNSET
        elif isinstance(_department_updated_at_value, datetime.datetime):
            department_updated_at = api_datetime(_department_updated_at_value)
        else:
            department_updated_at = _department_updated_at_value
        if department_updated_at is not UNSET:
            field_dict["departmentUpdatedAt"] = department_updated_at

        if self.department_assigner is not None:
            field_dict["departmentAssigner"] = self.department_assigner

        if self.auto_assign_department is not None:
            field_dict["autoAssignDepartment"] = self.auto_assign_department

        _auto_assign_department_at_value = (
            UNSET if self.auto_assign_department_at is None else self.auto_assign_department_at
        )
        auto_assign_department_at: None | str | Unset
        if isinstance(_auto_assign_department_at_value, Unset):
            auto_assign_department_at = UNSET
        elif isinstance(_auto_assign_department_at_value, datetime.datetime):
            auto_assign_department_at = api_datetime(_auto_assign_department_at_value)
        else:
            auto_assign_department_at = _auto_assign_department_at_value
        if auto_assign_department_at is not UNSET:
            field_dict["autoAssignDepartmentAt"] = auto_assign_department_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = d.pop("agent", UNSET)

        assigner = d.pop("assigner", UNSET)

        try:

            def _parse_assigned_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                    return assigned_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            assigned_at = _parse_assigned_at(d.get("assignedAt", UNSET))

        except LENIENT:
            assigned_at = UNSET
        else:
            d.pop("assignedAt", None)

        try:

            def _parse_unassigned_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    unassigned_at_type_0 = datetime.datetime.fromisoformat(data)

                    return unassigned_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            unassigned_at = _parse_unassigned_at(d.get("unassignedAt", UNSET))

        except LENIENT:
            unassigned_at = UNSET
        else:
            d.pop("unassignedAt", None)

        previous_agent = d.pop("previousAgent", UNSET)

        auto_assign_agent = d.pop("autoAssignAgent", UNSET)

        try:

            def _parse_auto_assigned_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    auto_assigned_at_type_0 = datetime.datetime.fromisoformat(data)

                    return auto_assigned_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            auto_assigned_at = _parse_auto_assigned_at(d.get("autoAssignedAt", UNSET))

        except LENIENT:
            auto_assigned_at = UNSET
        else:
            d.pop("autoAssignedAt", None)

        try:

            def _parse_auto_unassigned_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    auto_unassigned_at_type_0 = datetime.datetime.fromisoformat(data)

                    return auto_unassigned_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            auto_unassigned_at = _parse_auto_unassigned_at(d.get("autoUnassignedAt", UNSET))

        except LENIENT:
            auto_unassigned_at = UNSET
        else:
            d.pop("autoUnassignedAt", None)

        department = d.pop("department", UNSET)

        previous_department = d.pop("previousDepartment", UNSET)

        try:

            def _parse_department_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    department_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return department_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            department_updated_at = _parse_department_updated_at(d.get("departmentUpdatedAt", UNSET))

        except LENIENT:
            department_updated_at = UNSET
        else:
            d.pop("departmentUpdatedAt", None)

        department_assigner = d.pop("departmentAssigner", UNSET)

        auto_assign_department = d.pop("autoAssignDepartment", UNSET)

        try:

            def _parse_auto_assign_department_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    auto_assign_department_at_type_0 = datetime.datetime.fromisoformat(data)

                    return auto_assign_department_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            auto_assign_department_at = _parse_auto_assign_department_at(d.get("autoAssignDepartmentAt", UNSET))

        except LENIENT:
            auto_assign_department_at = UNSET
        else:
            d.pop("autoAssignDepartmentAt", None)

        chat_owner = cls(
            agent=None if isinstance(agent, Unset) else agent,
            assigner=None if isinstance(assigner, Unset) else assigner,
            assigned_at=None if isinstance(assigned_at, Unset) else assigned_at,
            unassigned_at=None if isinstance(unassigned_at, Unset) else unassigned_at,
            previous_agent=None if isinstance(previous_agent, Unset) else previous_agent,
            auto_assign_agent=None if isinstance(auto_assign_agent, Unset) else auto_assign_agent,
            auto_assigned_at=None if isinstance(auto_assigned_at, Unset) else auto_assigned_at,
            auto_unassigned_at=None if isinstance(auto_unassigned_at, Unset) else auto_unassigned_at,
            department=None if isinstance(department, Unset) else department,
            previous_department=None if isinstance(previous_department, Unset) else previous_department,
            department_updated_at=None if isinstance(department_updated_at, Unset) else department_updated_at,
            department_assigner=None if isinstance(department_assigner, Unset) else department_assigner,
            auto_assign_department=None if isinstance(auto_assign_department, Unset) else auto_assign_department,
            auto_assign_department_at=None
            if isinstance(auto_assign_department_at, Unset)
            else auto_assign_department_at,
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
