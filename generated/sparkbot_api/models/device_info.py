from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceInfo")


@_attrs_define
class DeviceInfo:
    """Phone / WhatsApp app information.

    Attributes:
        updated_at (datetime.datetime | Unset):
        language (str | Unset):
        deviceless (bool | Unset):
        name (str | Unset):
        protocol_version (str | Unset):
        battery (int | Unset):
        is_business (bool | Unset):
        is_battery_plugged (bool | Unset):
        wa_version (str | Unset):
    """

    updated_at: datetime.datetime | Unset = UNSET
    language: str | Unset = UNSET
    deviceless: bool | Unset = UNSET
    name: str | Unset = UNSET
    protocol_version: str | Unset = UNSET
    battery: int | Unset = UNSET
    is_business: bool | Unset = UNSET
    is_battery_plugged: bool | Unset = UNSET
    wa_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        language = self.language

        deviceless = self.deviceless

        name = self.name

        protocol_version = self.protocol_version

        battery = self.battery

        is_business = self.is_business

        is_battery_plugged = self.is_battery_plugged

        wa_version = self.wa_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if language is not UNSET:
            field_dict["language"] = language
        if deviceless is not UNSET:
            field_dict["deviceless"] = deviceless
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_version is not UNSET:
            field_dict["protocolVersion"] = protocol_version
        if battery is not UNSET:
            field_dict["battery"] = battery
        if is_business is not UNSET:
            field_dict["isBusiness"] = is_business
        if is_battery_plugged is not UNSET:
            field_dict["isBatteryPlugged"] = is_battery_plugged
        if wa_version is not UNSET:
            field_dict["waVersion"] = wa_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        language = d.pop("language", UNSET)

        deviceless = d.pop("deviceless", UNSET)

        name = d.pop("name", UNSET)

        protocol_version = d.pop("protocolVersion", UNSET)

        battery = d.pop("battery", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        is_battery_plugged = d.pop("isBatteryPlugged", UNSET)

        wa_version = d.pop("waVersion", UNSET)

        device_info = cls(
            updated_at=updated_at,
            language=language,
            deviceless=deviceless,
            name=name,
            protocol_version=protocol_version,
            battery=battery,
            is_business=is_business,
            is_battery_plugged=is_battery_plugged,
            wa_version=wa_version,
        )

        device_info.additional_properties = d
        return device_info

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
