from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceInfo")


@_attrs_define
class DeviceInfo:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        if self.language is not None:
            field_dict["language"] = self.language

        if self.deviceless is not None:
            field_dict["deviceless"] = self.deviceless

        if self.name is not None:
            field_dict["name"] = self.name

        if self.protocol_version is not None:
            field_dict["protocolVersion"] = self.protocol_version

        if self.battery is not None:
            field_dict["battery"] = self.battery

        if self.is_business is not None:
            field_dict["isBusiness"] = self.is_business

        if self.is_battery_plugged is not None:
            field_dict["isBatteryPlugged"] = self.is_battery_plugged

        if self.wa_version is not None:
            field_dict["waVersion"] = self.wa_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        language = d.pop("language", UNSET)

        deviceless = d.pop("deviceless", UNSET)

        name = d.pop("name", UNSET)

        protocol_version = d.pop("protocolVersion", UNSET)

        battery = d.pop("battery", UNSET)

        is_business = d.pop("isBusiness", UNSET)

        is_battery_plugged = d.pop("isBatteryPlugged", UNSET)

        wa_version = d.pop("waVersion", UNSET)

        device_info = cls(
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
            language=None if isinstance(language, Unset) else language,
            deviceless=None if isinstance(deviceless, Unset) else deviceless,
            name=None if isinstance(name, Unset) else name,
            protocol_version=None if isinstance(protocol_version, Unset) else protocol_version,
            battery=None if isinstance(battery, Unset) else battery,
            is_business=None if isinstance(is_business, Unset) else is_business,
            is_battery_plugged=None if isinstance(is_battery_plugged, Unset) else is_battery_plugged,
            wa_version=None if isinstance(wa_version, Unset) else wa_version,
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
