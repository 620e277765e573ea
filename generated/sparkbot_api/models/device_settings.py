from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_settings_reboot_policy import DeviceSettingsRebootPolicy
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceSettings")


@_attrs_define
class DeviceSettings:
    """Number settings.

    Attributes:
        retention_policy (str | None)
        reboot_policy (DeviceSettingsRebootPolicy | None)
        delivery_speed (float | None)
    """

    retention_policy: str | None = None
    reboot_policy: DeviceSettingsRebootPolicy | None = None
    delivery_speed: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _retention_policy_value = UNSET if self.retention_policy is None else self.retention_policy
        retention_policy = _retention_policy_value
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy

        _reboot_policy_value = UNSET if self.reboot_policy is None else self.reboot_policy
        reboot_policy: str | Unset = UNSET
        if not isinstance(_reboot_policy_value, Unset):
            reboot_policy = _reboot_policy_value.value

        if reboot_policy is not UNSET:
            field_dict["rebootPolicy"] = reboot_policy

        _delivery_speed_value = UNSET if self.delivery_speed is None else self.delivery_speed
        delivery_speed = _delivery_speed_value
        if delivery_speed is not UNSET:
            field_dict["deliverySpeed"] = delivery_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retention_policy = d.pop("retentionPolicy", UNSET)

        try:
            _reboot_policy = d.get("rebootPolicy", UNSET)
            reboot_policy: DeviceSettingsRebootPolicy | Unset
            if isinstance(_reboot_policy, Unset):
                reboot_policy = UNSET
            else:
                reboot_policy = DeviceSettingsRebootPolicy(_reboot_policy)

        except LENIENT:
            reboot_policy = UNSET
        else:
            d.pop("rebootPolicy", None)

        delivery_speed = d.pop("deliverySpeed", UNSET)

        device_settings = cls(
            retention_policy=None if isinstance(retention_policy, Unset) else retention_policy,
            reboot_policy=None if isinstance(reboot_policy, Unset) else reboot_policy,
            delivery_speed=None if isinstance(delivery_speed, Unset) else delivery_speed,
        )

        device_settings.additional_properties = d
        return device_settings

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
