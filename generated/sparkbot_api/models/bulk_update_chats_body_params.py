from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="BulkUpdateChatsBodyParams")


@_attrs_define
class BulkUpdateChatsBodyParams:
    """
    Attributes:
        add (list[str] | None): Labels to Add.
        remove (list[str] | None): Labels to Remove.
        agent (str | None): Agent ID.
        department (str | None): Department ID.
    """

    add: list[str] | None = None
    remove: list[str] | None = None
    agent: str | None = None
    department: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _add_value = UNSET if self.add is None else self.add
        add: list[str] | Unset = UNSET
        if not isinstance(_add_value, Unset):
            add = _add_value

        if add is not UNSET:
            field_dict["add"] = add

        _remove_value = UNSET if self.remove is None else self.remove
        remove: list[str] | Unset = UNSET
        if not isinstance(_remove_value, Unset):
            remove = _remove_value

        if remove is not UNSET:
            field_dict["remove"] = remove

        _agent_value = UNSET if self.agent is None else self.agent
        agent = _agent_value
        if agent is not UNSET:
            field_dict["agent"] = agent

        _department_value = UNSET if self.department is None else self.department
        department = _department_value
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add = cast(list[str], d.pop("add", UNSET))

        remove = cast(list[str], d.pop("remove", UNSET))

        agent = d.pop("agent", UNSET)

        department = d.pop("department", UNSET)

        bulk_update_chats_body_params = cls(
            add=None if isinstance(add, Unset) else add,
            remove=None if isinstance(remove, Unset) else remove,
            agent=None if isinstance(agent, Unset) else agent,
            department=None if isinstance(department, Unset) else department,
        )

        bulk_update_chats_body_params.additional_properties = d
        return bulk_update_chats_body_params

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
