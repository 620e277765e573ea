from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class LeaveGroupBody(ApiModel):
    """
    Attributes:
        id (str): Group ID to Leave.
        remove (bool | None): Remove from Chat List. API default: True.
    """

    id: str
    remove: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


LeaveGroupBody._api_fields = {
    "id": ("id", None),
    "remove": ("remove", None),
}
