from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_queue_status_body_status import SetQueueStatusBodyStatus
from ..types import ApiModel, compact_repr, member


@_attrs_define
class SetQueueStatusBody(ApiModel):
    """
    Attributes:
        status (SetQueueStatusBodyStatus): Status. API default: active.
        force (bool | None): Force Delivery.
    """

    status: SetQueueStatusBodyStatus
    force: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


SetQueueStatusBody._api_fields = {
    "status": ("status", member(SetQueueStatusBodyStatus)),
    "force": ("force", None),
}
