from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateDeviceBody(ApiModel):
    """
    Attributes:
        enable (bool | None): Enable. API default: True.
        alias (str | None): Alias.
        description (str | None): Description.
        plan (BillingPlan | None)
        webhooks (list[str] | None): Webhook IDs.
        settings (UpdateDeviceBodySettings | None)
    """

    enable: bool | None = None
    alias: str | None = None
    description: str | None = None
    plan: BillingPlan | None = None
    webhooks: list[str] | None = None
    settings: UpdateDeviceBodySettings | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


from ..models.update_device_body_settings import UpdateDeviceBodySettings  # noqa: E402

UpdateDeviceBody._api_fields = {
    "enable": ("enable", None),
    "alias": ("alias", None),
    "description": ("description", None),
    "plan": ("plan", member(BillingPlan)),
    "webhooks": ("webhooks", None),
    "settings": ("settings", UpdateDeviceBodySettings.from_dict),
}
