from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceWaba")


@_attrs_define
class DeviceWaba:
    """WhatsApp Business API (cloud) number details.

    Attributes:
        id (str | None)
        display_phone_number (str | None)
        quality_rating (str | None)
        messaging_limit (str | None)
    """

    id: str | None = None
    display_phone_number: str | None = None
    quality_rating: str | None = None
    messaging_limit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        _display_phone_number_value = UNSET if self.display_phone_number is None else self.display_phone_number
        display_phone_number = _display_phone_number_value
        if display_phone_number is not UNSET:
            field_dict["displayPhoneNumber"] = display_phone_number

        _quality_rating_value = UNSET if self.quality_rating is None else self.quality_rating
        quality_rating = _quality_rating_value
        if quality_rating is not UNSET:
            field_dict["qualityRating"] = quality_rating

        _messaging_limit_value = UNSET if self.messaging_limit is None else self.messaging_limit
        messaging_limit = _messaging_limit_value
        if messaging_limit is not UNSET:
            field_dict["messagingLimit"] = messaging_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_phone_number = d.pop("displayPhoneNumber", UNSET)

        quality_rating = d.pop("qualityRating", UNSET)

        messaging_limit = d.pop("messagingLimit", UNSET)

        device_waba = cls(
            id=None if isinstance(id, Unset) else id,
            display_phone_number=None if isinstance(display_phone_number, Unset) else display_phone_number,
            quality_rating=None if isinstance(quality_rating, Unset) else quality_rating,
            messaging_limit=None if isinstance(messaging_limit, Unset) else messaging_limit,
        )

        device_waba.additional_properties = d
        return device_waba

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
