from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_color import LabelColor
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateLabelBody(ApiModel):
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


UpdateLabelBody._api_fields = {
    "name": ("name", None),
    "color": ("color", member(LabelColor)),
    "description": ("description", None),
}
