from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_settings_reboot_policy import DeviceSettingsRebootPolicy
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceSettings")


@_attrs_define
class DeviceSettings:
    """Number settings.

    Attributes:
        retention_policy (str | Unset):
        reboot_policy (DeviceSettingsRebootPolicy | Unset):
        delivery_speed (float | Unset):
    """

    retention_policy: str | Unset = UNSET
    reboot_policy: DeviceSettingsRebootPolicy | Unset = UNSET
    delivery_speed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        retention_policy = self.retention_policy

        reboot_policy: str | Unset = UNSET
        if not isinstance(self.reboot_policy, Unset):
            reboot_policy = self.reboot_policy.value

        delivery_speed = self.delivery_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_policy is not UNSET:
            field_dict["retentionPolicy"] = retention_policy
        if reboot_policy is not UNSET:
            field_dict["rebootPolicy"] = reboot_policy
        if delivery_speed is not UNSET:
            field_dict["deliverySpeed"] = delivery_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retention_policy = d.pop("retentionPolicy", UNSET)

        _reboot_policy = d.pop("rebootPolicy", UNSET)
        reboot_policy: DeviceSettingsRebootPolicy | Unset
        if isinstance(_reboot_policy, Unset):
            reboot_policy = UNSET
        else:
            reboot_policy = DeviceSettingsRebootPolicy(_reboot_policy)

        delivery_speed = d.pop("deliverySpeed", UNSET)

        device_settings = cls(
            retention_policy=retention_policy,
            reboot_policy=reboot_policy,
            delivery_speed=delivery_speed,
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
