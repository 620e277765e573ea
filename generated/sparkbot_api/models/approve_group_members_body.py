from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class ApproveGroupMembersBody(ApiModel):
    """
    Attributes:
        all_ (bool | None): Approve All.
        phones (list[str] | None): Phone Numbers.
    """

    all_: bool | None = None
    phones: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


ApproveGroupMembersBody._api_fields = {
    "all": ("all_", None),
    "phones": ("phones", None),
}
