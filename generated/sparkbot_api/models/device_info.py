from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, nullable


@_attrs_define
class DeviceInfo(ApiModel):
    """Phone / WhatsApp app information.

    Attributes:
        updated_at (datetime.datetime | None)
        language (str | None)
        deviceless (bool | None)
        name (str | None)
        protocol_version (str | None)
        battery (int | None)
        is_business (bool | None)
        is_battery_plugged (bool | None)
        wa_version (str | None)
    """

    updated_at: datetime.datetime | None = None
    language: str | None = None
    deviceless: bool | None = None
    name: str | None = None
    protocol_version: str | None = None
    battery: int | None = None
    is_business: bool | None = None
    is_battery_plugged: bool | None = None
    wa_version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


DeviceInfo._api_fields = {
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
    "language": ("language", None),
    "deviceless": ("deviceless", None),
    "name": ("name", None),
    "protocolVersion": ("protocol_version", None),
    "battery": ("battery", None),
    "isBusiness": ("is_business", None),
    "isBatteryPlugged": ("is_battery_plugged", None),
    "waVersion": ("wa_version", None),
}
