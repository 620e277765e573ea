from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_scope import LabelScope
from ..types import ApiModel, compact_repr, member


@_attrs_define
class Label(ApiModel):
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


Label._api_fields = {
    "name": ("name", None),
    "color": ("color", None),
    "description": ("description", None),
    "active": ("active", None),
    "scope": ("scope", member(LabelScope)),
}
