from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateDeviceBody")


@_attrs_define
class UpdateDeviceBody:
    """
    Attributes:
        enable (bool | Unset): Enable. API default: True.
        alias (str | Unset): Alias.
        description (str | Unset): Description.
        plan (BillingPlan | Unset):
        webhooks (list[str] | Unset): Webhook IDs.
        settings (UpdateDeviceBodySettings | Unset):
    """

    enable: bool | Unset = UNSET
    alias: str | Unset = UNSET
    description: str | Unset = UNSET
    plan: BillingPlan | Unset = UNSET
    webhooks: list[str] | Unset = UNSET
    settings: UpdateDeviceBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        alias = self.alias

        description = self.description

        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.value

        webhooks: list[str] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = self.webhooks

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if alias is not UNSET:
            field_dict["alias"] = alias
        if description is not UNSET:
            field_dict["description"] = description
        if plan is not UNSET:
            field_dict["plan"] = plan
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        _plan = d.pop("plan", UNSET)
        plan: BillingPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = BillingPlan(_plan)

        webhooks = cast(list[str], d.pop("webhooks", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: UpdateDeviceBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateDeviceBodySettings.from_dict(_settings)

        update_device_body = cls(
            enable=enable,
            alias=alias,
            description=description,
            plan=plan,
            webhooks=webhooks,
            settings=settings,
        )

        update_device_body.additional_properties = d
        return update_device_body

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


from ..models.update_device_body_settings import UpdateDeviceBodySettings  # noqa: E402
