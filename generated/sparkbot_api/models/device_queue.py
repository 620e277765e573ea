from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeviceQueue")


@_attrs_define
class DeviceQueue:
    """Outbound message queue summary.

    Attributes:
        status (str | Unset): Queue processing status.
        status_updated_at (datetime.datetime | Unset):
        messages (int | Unset):
        scheduled (int | Unset):
    """

    status: str | Unset = UNSET
    status_updated_at: datetime.datetime | Unset = UNSET
    messages: int | Unset = UNSET
    scheduled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_updated_at: str | Unset = UNSET
        if not isinstance(self.status_updated_at, Unset):
            status_updated_at = self.status_updated_at.isoformat()

        messages = self.messages

        scheduled = self.scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at
        if messages is not UNSET:
            field_dict["messages"] = messages
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _status_updated_at = d.pop("statusUpdatedAt", UNSET)
        status_updated_at: datetime.datetime | Unset
        if isinstance(_status_updated_at, Unset):
            status_updated_at = UNSET
        else:
            status_updated_at = datetime.datetime.fromisoformat(_status_updated_at)

        messages = d.pop("messages", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        device_queue = cls(
            status=status,
            status_updated_at=status_updated_at,
            messages=messages,
            scheduled=scheduled,
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
