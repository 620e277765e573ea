from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="CampaignSettings")


@_attrs_define
class CampaignSettings:
    """
    Attributes:
        speed (float | None)
        date (datetime.datetime | None)
        expiration (datetime.datetime | None)
        timezone (str | None)
    """

    speed: float | None = None
    date: datetime.datetime | None = None
    expiration: datetime.datetime | None = None
    timezone: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.speed is not None:
            field_dict["speed"] = self.speed

        _date_value = UNSET if self.date is None else self.date
        date: None | str | Unset
        if isinstance(_date_value, Unset):
            date = UNSET
        elif isinstance(_date_value, datetime.datetime):
            date = api_datetime(_date_value)
        else:
            date = _date_value
        if date is not UNSET:
            field_dict["date"] = date

        _expiration_value = UNSET if self.expiration is None else self.expiration
        expiration: None | str | Unset
        if isinstance(_expiration_value, Unset):
            expiration = UNSET
        elif isinstance(_expiration_value, datetime.datetime):
            expiration = api_datetime(_expiration_value)
        else:
            expiration = _expiration_value
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        if self.timezone is not None:
            field_dict["timezone"] = self.timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speed = d.pop("speed", UNSET)

        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            date = _parse_date(d.get("date", UNSET))

        except LENIENT:
            date = UNSET
        else:
            d.pop("date", None)

        try:

            def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expiration_type_0 = datetime.datetime.fromisoformat(data)

                    return expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            expiration = _parse_expiration(d.get("expiration", UNSET))

        except LENIENT:
            expiration = UNSET
        else:
            d.pop("expiration", None)

        timezone = d.pop("timezone", UNSET)

        campaign_settings = cls(
            speed=None if isinstance(speed, Unset) else speed,
            date=None if isinstance(date, Unset) else date,
            expiration=None if isinstance(expiration, Unset) else expiration,
            timezone=None if isinstance(timezone, Unset) else timezone,
        )

        campaign_settings.additional_properties = d
        return campaign_settings

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
