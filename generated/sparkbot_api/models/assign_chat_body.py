from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="AssignChatBody")


@_attrs_define
class AssignChatBody:
    """
    Attributes:
        agent (str | None): Agent ID.
        email (str | None): Agent Email.
        department (str | None): Department ID.
    """

    agent: str | None = None
    email: str | None = None
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
        _agent_value = UNSET if self.agent is None else self.agent
        agent = _agent_value
        if agent is not UNSET:
            field_dict["agent"] = agent

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _department_value = UNSET if self.department is None else self.department
        department = _department_value
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = d.pop("agent", UNSET)

        email = d.pop("email", UNSET)

        department = d.pop("department", UNSET)

        assign_chat_body = cls(
            agent=None if isinstance(agent, Unset) else agent,
            email=None if isinstance(email, Unset) else email,
            department=None if isinstance(department, Unset) else department,
        )

        assign_chat_body.additional_properties = d
        return assign_chat_body

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
