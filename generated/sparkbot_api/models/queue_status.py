from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_status_status import QueueStatusStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="QueueStatus")


@_attrs_define
class QueueStatus:
    """Outbound queue status and counters (shape inferred, not documented).

    Attributes:
        device (str | Unset):
        status (QueueStatusStatus | Unset):
        status_updated_at (datetime.datetime | Unset):
        total (int | Unset):
        pending (int | Unset):
        queued (int | Unset):
        processing (int | Unset):
        scheduled (int | Unset):
        failed (int | Unset):
        messages (int | Unset):
    """

    device: str | Unset = UNSET
    status: QueueStatusStatus | Unset = UNSET
    status_updated_at: datetime.datetime | Unset = UNSET
    total: int | Unset = UNSET
    pending: int | Unset = UNSET
    queued: int | Unset = UNSET
    processing: int | Unset = UNSET
    scheduled: int | Unset = UNSET
    failed: int | Unset = UNSET
    messages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_updated_at: str | Unset = UNSET
        if not isinstance(self.status_updated_at, Unset):
            status_updated_at = self.status_updated_at.isoformat()

        total = self.total

        pending = self.pending

        queued = self.queued

        processing = self.processing

        scheduled = self.scheduled

        failed = self.failed

        messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if status is not UNSET:
            field_dict["status"] = status
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at
        if total is not UNSET:
            field_dict["total"] = total
        if pending is not UNSET:
            field_dict["pending"] = pending
        if queued is not UNSET:
            field_dict["queued"] = queued
        if processing is not UNSET:
            field_dict["processing"] = processing
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if failed is not UNSET:
            field_dict["failed"] = failed
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device = d.pop("device", UNSET)

        _status = d.pop("status", UNSET)
        status: QueueStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QueueStatusStatus(_status)

        _status_updated_at = d.pop("statusUpdatedAt", UNSET)
        status_updated_at: datetime.datetime | Unset
        if isinstance(_status_updated_at, Unset):
            status_updated_at = UNSET
        else:
            status_updated_at = datetime.datetime.fromisoformat(_status_updated_at)

        total = d.pop("total", UNSET)

        pending = d.pop("pending", UNSET)

        queued = d.pop("queued", UNSET)

        processing = d.pop("processing", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        failed = d.pop("failed", UNSET)

        messages = d.pop("messages", UNSET)

        queue_status = cls(
            device=device,
            status=status,
            status_updated_at=status_updated_at,
            total=total,
            pending=pending,
            queued=queued,
            processing=processing,
            scheduled=scheduled,
            failed=failed,
            messages=messages,
        )

        queue_status.additional_properties = d
        return queue_status

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
