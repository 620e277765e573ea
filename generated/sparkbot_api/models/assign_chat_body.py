from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class AssignChatBody(ApiModel):
    """
    Attributes:
        agent (str | None): Agent ID.
        email (str | None): Agent Email.
        department (str | None): Department ID.
    """

    agent: str | None = None
    email: str | None = None
    department: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


AssignChatBody._api_fields = {
    "agent": ("agent", None),
    "email": ("email", None),
    "department": ("department", None),
}
