from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr


@_attrs_define
class SendTextMessageButtonsItem(ApiModel):
    """
    Attributes:
        text (str)
        id (str | None)
        kind (str | None): call, url or a plain reply
        value (str | None)
    """

    text: str
    id: str | None = None
    kind: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SendTextMessageButtonsItem._api_fields = {
    "text": ("text", None),
    "id": ("id", None),
    "kind": ("kind", None),
    "value": ("value", None),
}
