from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class AddGroupParticipantsBodyParticipantsItem(ApiModel):
    """
    Attributes:
        phone (str | None): A phone number in E.164 form with a leading +, e.g. +34600111222.
        admin (bool | None): Make Admin.
    """

    phone: str | None = None
    admin: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


AddGroupParticipantsBodyParticipantsItem._api_fields = {
    "phone": ("phone", None),
    "admin": ("admin", None),
}
