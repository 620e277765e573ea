from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reboot_policy import RebootPolicy
from ..models.retention_policy import RetentionPolicy
from ..types import ApiModel, compact_repr, member


@_attrs_define
class UpdateDeviceBodySettings(ApiModel):
    """
    Attributes:
        reboot_policy (RebootPolicy | None)
        retention_policy (RetentionPolicy | None)
        delivery_speed (float | None): Delivery Speed. One of 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 2, 3,
            4, 5, 6, 7, 8, 9, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100, 120, 140, 150.
    """

    reboot_policy: RebootPolicy | None = None
    retention_policy: RetentionPolicy | None = None
    delivery_speed: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


UpdateDeviceBodySettings._api_fields = {
    "rebootPolicy": ("reboot_policy", member(RebootPolicy)),
    "retentionPolicy": ("retention_policy", member(RetentionPolicy)),
    "deliverySpeed": ("delivery_speed", None),
}
