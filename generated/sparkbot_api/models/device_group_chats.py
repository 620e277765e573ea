from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceGroupChats")


@_attrs_define
class DeviceGroupChats:
    """
    Attributes:
        last_sync_at (datetime.datetime | None): Last group chats synchronization date.
        count (int | None)
    """

    last_sync_at: datetime.datetime | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _last_sync_at_value = UNSET if self.last_sync_at is None else self.last_sync_at
        last_sync_at: None | str | Unset
        if isinstance(_last_sync_at_value, Unset):
            last_sync_at = UNSET
        elif isinstance(_last_sync_at_value, datetime.datetime):
            last_sync_at = api_datetime(_last_sync_at_value)
        else:
            last_sync_at = _last_sync_at_value
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at

        if self.count is not None:
            field_dict["count"] = self.count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        try:

            def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_sync_at_type_0 = datetime.datetime.fromisoformat(data)

                    return last_sync_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            last_sync_at = _parse_last_sync_at(d.get("lastSyncAt", UNSET))

        except LENIENT:
            last_sync_at = UNSET
        else:
            d.pop("lastSyncAt", None)

        count = d.pop("count", UNSET)

        device_group_chats = cls(
            last_sync_at=None if isinstance(last_sync_at, Unset) else last_sync_at,
            count=None if isinstance(count, Unset) else count,
        )

        device_group_chats.additional_properties = d
        return device_group_chats

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
