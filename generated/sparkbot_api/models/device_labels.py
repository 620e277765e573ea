from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, each


@_attrs_define
class DeviceLabels(ApiModel):
    """
    Attributes:
        entries (list[Label] | None)
    """

    entries: list[Label] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.label import Label  # noqa: E402

DeviceLabels._api_fields = {
    "entries": ("entries", each(Label.from_dict)),
}
