from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateDeviceBody")


@_attrs_define
class CreateDeviceBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.alias is not None:  # a reply may lack even a required field
            alias = self.alias
            field_dict["alias"] = alias

        if self.billing_plan is not None:  # a reply may lack even a required field
            billing_plan = self.billing_plan.value
            field_dict["billingPlan"] = billing_plan

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _agents_value = UNSET if self.agents is None else self.agents
        agents: list[str] | Unset = UNSET
        if not isinstance(_agents_value, Unset):
            agents = _agents_value

        if agents is not UNSET:
            field_dict["agents"] = agents

        _payment_intent_value = UNSET if self.payment_intent is None else self.payment_intent
        payment_intent = _payment_intent_value
        if payment_intent is not UNSET:
            field_dict["paymentIntent"] = payment_intent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        billing_plan: BillingPlan | Unset
        try:
            billing_plan = BillingPlan(d["billingPlan"])

        except LENIENT:
            billing_plan = UNSET
        else:
            d.pop("billingPlan", None)

        description = d.pop("description", UNSET)

        agents = cast(list[str], d.pop("agents", UNSET))

        payment_intent = d.pop("paymentIntent", UNSET)

        create_device_body = cls(
            alias=cast(Any, None) if isinstance(alias, Unset) else alias,
            billing_plan=cast(Any, None) if isinstance(billing_plan, Unset) else billing_plan,
            description=None if isinstance(description, Unset) else description,
            agents=None if isinstance(agents, Unset) else agents,
            payment_intent=None if isinstance(payment_intent, Unset) else payment_intent,
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
