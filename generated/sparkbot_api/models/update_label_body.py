from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_color import LabelColor
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateLabelBody")


@_attrs_define
class UpdateLabelBody:
    """
    Attributes:
        name (str): Label Name.
        color (LabelColor)
        description (str | None): Description.
    """

    name: str
    color: LabelColor
    description: str | None = None
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

        if self.color is not None:  # a reply may lack even a required field
            color = self.color.value
            field_dict["color"] = color

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        color: LabelColor | Unset
        try:
            color = LabelColor(d["color"])

        except LENIENT:
            color = UNSET
        else:
            d.pop("color", None)

        description = d.pop("description", UNSET)

        update_label_body = cls(
            name=cast(Any, None) if isinstance(name, Unset) else name,
            color=cast(Any, None) if isinstance(color, Unset) else color,
            description=None if isinstance(description, Unset) else description,
        )

        update_label_body.additional_properties = d
        return update_label_body

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
