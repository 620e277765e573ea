from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_scope import LabelScope
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """Chat label.

    Attributes:
        name (str):
        color (str | Unset):
        description (str | Unset):
        active (bool | Unset):
        scope (LabelScope | Unset):
    """

    name: str
    color: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    scope: LabelScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color = self.color

        description = self.description

        active = self.active

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        color = d.pop("color", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: LabelScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = LabelScope(_scope)

        label = cls(
            name=name,
            color=color,
            description=description,
            active=active,
            scope=scope,
        )

        label.additional_properties = d
        return label

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
