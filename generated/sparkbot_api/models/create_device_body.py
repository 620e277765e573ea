from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import ApiModel, compact_repr, member


@_attrs_define
class CreateDeviceBody(ApiModel):
    """
    Attributes:
        alias (str): Alias.
        billing_plan (BillingPlan)
        description (str | None): Description.
        agents (list[str] | None): Agent IDs.
        payment_intent (str | None): Payment Intent.
    """

    alias: str
    billing_plan: BillingPlan
    description: str | None = None
    agents: list[str] | None = None
    payment_intent: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


CreateDeviceBody._api_fields = {
    "alias": ("alias", None),
    "billingPlan": ("billing_plan", member(BillingPlan)),
    "description": ("description", None),
    "agents": ("agents", None),
    "paymentIntent": ("payment_intent", None),
}
