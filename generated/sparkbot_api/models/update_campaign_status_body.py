from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_campaign_status_body_action import UpdateCampaignStatusBodyAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateCampaignStatusBody(ApiModel):
    """
    Attributes:
        action (UpdateCampaignStatusBodyAction): Action. API default: start.
    """

    action: UpdateCampaignStatusBodyAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateCampaignStatusBody._api_fields = {
    "action": ("action", member(UpdateCampaignStatusBodyAction)),
}
