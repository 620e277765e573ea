from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class MessageAttend(ApiModel):
    """
    Attributes:
        event (str | None)
        confirm (bool | None)
    """

    event: str | None = None
    confirm: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


MessageAttend._api_fields = {
    "event": ("event", None),
    "confirm": ("confirm", None),
}
