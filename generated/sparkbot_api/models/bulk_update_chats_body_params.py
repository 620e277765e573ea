from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class BulkUpdateChatsBodyParams(ApiModel):
    """
    Attributes:
        add (list[str] | None): Labels to Add.
        remove (list[str] | None): Labels to Remove.
        agent (str | None): Agent ID.
        department (str | None): Department ID.
    """

    add: list[str] | None = None
    remove: list[str] | None = None
    agent: str | None = None
    department: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


BulkUpdateChatsBodyParams._api_fields = {
    "add": ("add", None),
    "remove": ("remove", None),
    "agent": ("agent", None),
    "department": ("department", None),
}
