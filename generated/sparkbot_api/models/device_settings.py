from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_settings_reboot_policy import DeviceSettingsRebootPolicy
from ..types import ApiModel, compact_repr, member


@_attrs_define
class DeviceSettings(ApiModel):
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


DeviceSettings._api_fields = {
    "retentionPolicy": ("retention_policy", None),
    "rebootPolicy": ("reboot_policy", member(DeviceSettingsRebootPolicy)),
    "deliverySpeed": ("delivery_speed", None),
}
