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
        add (list[str] | Unset): Labels to Add.
        remove (list[str] | Unset): Labels to Remove.
        agent (str | Unset): Agent ID.
        department (str | Unset): Department ID.
    """

    add: list[str] | Unset = UNSET
    remove: list[str] | Unset = UNSET
    agent: str | Unset = UNSET
    department: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        agent = self.agent

        department = self.department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove
        if agent is not UNSET:
            field_dict["agent"] = agent
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
            add=add,
            remove=remove,
            agent=agent,
            department=department,
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
