from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceAgentsItem")


@_attrs_define
class DeviceAgentsItem:
    """
    Attributes:
        user (str | None): Agent user ID.
        created_at (datetime.datetime | None): Agent addition date to the device.
    """

    user: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.user is not None:
            field_dict["user"] = self.user

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = d.pop("user", UNSET)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

        device_agents_item = cls(
            user=None if isinstance(user, Unset) else user,
            created_at=None if isinstance(created_at, Unset) else created_at,
        )

        device_agents_item.additional_properties = d
        return device_agents_item

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
