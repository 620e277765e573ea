from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateDeviceBody")


@_attrs_define
class CreateDeviceBody:
    """
    Attributes:
        alias (str): Alias.
        billing_plan (BillingPlan):
        description (str | Unset): Description.
        agents (list[str] | Unset): Agent IDs.
        payment_intent (str | Unset): Payment Intent.
    """

    alias: str
    billing_plan: BillingPlan
    description: str | Unset = UNSET
    agents: list[str] | Unset = UNSET
    payment_intent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        billing_plan = self.billing_plan.value

        description = self.description

        agents: list[str] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = self.agents

        payment_intent = self.payment_intent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alias": alias,
                "billingPlan": billing_plan,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if agents is not UNSET:
            field_dict["agents"] = agents
        if payment_intent is not UNSET:
            field_dict["paymentIntent"] = payment_intent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias")

        billing_plan = BillingPlan(d.pop("billingPlan"))

        description = d.pop("description", UNSET)

        agents = cast(list[str], d.pop("agents", UNSET))

        payment_intent = d.pop("paymentIntent", UNSET)

        create_device_body = cls(
            alias=alias,
            billing_plan=billing_plan,
            description=description,
            agents=agents,
            payment_intent=payment_intent,
        )

        create_device_body.additional_properties = d
        return create_device_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
