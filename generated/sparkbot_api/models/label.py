from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_scope import LabelScope
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """Chat label.

    Attributes:
        name (str)
        color (str | None)
        description (str | None)
        active (bool | None)
        scope (LabelScope | None)
    """

    name: str
    color: str | None = None
    description: str | None = None
    active: bool | None = None
    scope: LabelScope | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not None:  # a reply may lack even a required field
            name = self.name
            field_dict["name"] = name

        _color_value = UNSET if self.color is None else self.color
        color = _color_value
        if color is not UNSET:
            field_dict["color"] = color

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _active_value = UNSET if self.active is None else self.active
        active = _active_value
        if active is not UNSET:
            field_dict["active"] = active

        _scope_value = UNSET if self.scope is None else self.scope
        scope: str | Unset = UNSET
        if not isinstance(_scope_value, Unset):
            scope = _scope_value.value

        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        color = d.pop("color", UNSET)

        description = d.pop("description", UNSET)

        active = d.pop("active", UNSET)

        try:
            _scope = d.get("scope", UNSET)
            scope: LabelScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = LabelScope(_scope)

        except LENIENT:
            scope = UNSET
        else:
            d.pop("scope", None)

        label = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            color=None if isinstance(color, Unset) else color,
            description=None if isinstance(description, Unset) else description,
            active=None if isinstance(active, Unset) else active,
            scope=None if isinstance(scope, Unset) else scope,
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
