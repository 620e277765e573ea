from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_plan import BillingPlan
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="UpdateDeviceBody")


@_attrs_define
class UpdateDeviceBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _enable_value = UNSET if self.enable is None else self.enable
        enable = _enable_value
        if enable is not UNSET:
            field_dict["enable"] = enable

        _alias_value = UNSET if self.alias is None else self.alias
        alias = _alias_value
        if alias is not UNSET:
            field_dict["alias"] = alias

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _plan_value = UNSET if self.plan is None else self.plan
        plan: str | Unset = UNSET
        if not isinstance(_plan_value, Unset):
            plan = _plan_value.value

        if plan is not UNSET:
            field_dict["plan"] = plan

        _webhooks_value = UNSET if self.webhooks is None else self.webhooks
        webhooks: list[str] | Unset = UNSET
        if not isinstance(_webhooks_value, Unset):
            webhooks = _webhooks_value

        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        _settings_value = UNSET if self.settings is None else self.settings
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_settings_value, Unset):
            settings = _settings_value.to_dict()
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        alias = d.pop("alias", UNSET)

        description = d.pop("description", UNSET)

        try:
            _plan = d.get("plan", UNSET)
            plan: BillingPlan | Unset
            if isinstance(_plan, Unset):
                plan = UNSET
            else:
                plan = BillingPlan(_plan)

        except LENIENT:
            plan = UNSET
        else:
            d.pop("plan", None)

        webhooks = cast(list[str], d.pop("webhooks", UNSET))

        try:
            _settings = d.get("settings", UNSET)
            settings: UpdateDeviceBodySettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = UpdateDeviceBodySettings.from_dict(_settings)

        except LENIENT:
            settings = UNSET
        else:
            d.pop("settings", None)

        update_device_body = cls(
            enable=None if isinstance(enable, Unset) else enable,
            alias=None if isinstance(alias, Unset) else alias,
            description=None if isinstance(description, Unset) else description,
            plan=None if isinstance(plan, Unset) else plan,
            webhooks=None if isinstance(webhooks, Unset) else webhooks,
            settings=None if isinstance(settings, Unset) else settings,
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
