from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class DeleteChatBody(ApiModel):
    """
    Attributes:
        force (bool | None): Delete from WhatsApp.
        whatsapp (bool | None): Delete from WhatsApp.
    """

    force: bool | None = None
    whatsapp: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeleteChatBody._api_fields = {
    "force": ("force", None),
    "whatsapp": ("whatsapp", None),
}
