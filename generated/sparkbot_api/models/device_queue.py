from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="DeviceQueue")


@_attrs_define
class DeviceQueue:
    """Outbound message queue summary.

    Attributes:
        status (str | None): Queue processing status.
        status_updated_at (datetime.datetime | None)
        messages (int | None)
        scheduled (int | None)
    """

    status: str | None = None
    status_updated_at: datetime.datetime | None = None
    messages: int | None = None
    scheduled: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not None:
            field_dict["status"] = self.status

        _status_updated_at_value = UNSET if self.status_updated_at is None else self.status_updated_at
        status_updated_at: None | str | Unset
        if isinstance(_status_updated_at_value, Unset):
            status_updated_at = UNSET
        elif isinstance(_status_updated_at_value, datetime.datetime):
            status_updated_at = api_datetime(_status_updated_at_value)
        else:
            status_updated_at = _status_updated_at_value
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at

        if self.messages is not None:
            field_dict["messages"] = self.messages

        if self.scheduled is not None:
            field_dict["scheduled"] = self.scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        try:

            def _parse_status_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return status_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            status_updated_at = _parse_status_updated_at(d.get("statusUpdatedAt", UNSET))

        except LENIENT:
            status_updated_at = UNSET
        else:
            d.pop("statusUpdatedAt", None)

        messages = d.pop("messages", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        device_queue = cls(
            status=None if isinstance(status, Unset) else status,
            status_updated_at=None if isinstance(status_updated_at, Unset) else status_updated_at,
            messages=None if isinstance(messages, Unset) else messages,
            scheduled=None if isinstance(scheduled, Unset) else scheduled,
        )

        device_queue.additional_properties = d
        return device_queue

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
