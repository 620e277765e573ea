from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_status_status import QueueStatusStatus
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="QueueStatus")


@_attrs_define
class QueueStatus:
    """Outbound queue status and counters (shape inferred, not documented).

    Attributes:
        device (str | None)
        status (QueueStatusStatus | None)
        status_updated_at (datetime.datetime | None)
        total (int | None)
        pending (int | None)
        queued (int | None)
        processing (int | None)
        scheduled (int | None)
        failed (int | None)
        messages (int | None)
    """

    device: str | None = None
    status: QueueStatusStatus | None = None
    status_updated_at: datetime.datetime | None = None
    total: int | None = None
    pending: int | None = None
    queued: int | None = None
    processing: int | None = None
    scheduled: int | None = None
    failed: int | None = None
    messages: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.device is not None:
            field_dict["device"] = self.device

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        if status is not UNSET:
            field_dict["status"] = status

        _status_updated_at_value = UNSET if self.status_updated_at is None else self.status_updated_at
        status_updated_at: str | Unset = UNSET
        if not isinstance(_status_updated_at_value, Unset):
            status_updated_at = api_datetime(_status_updated_at_value)
        if status_updated_at is not UNSET:
            field_dict["statusUpdatedAt"] = status_updated_at

        if self.total is not None:
            field_dict["total"] = self.total

        if self.pending is not None:
            field_dict["pending"] = self.pending

        if self.queued is not None:
            field_dict["queued"] = self.queued

        if self.processing is not None:
            field_dict["processing"] = self.processing

        if self.scheduled is not None:
            field_dict["scheduled"] = self.scheduled

        if self.failed is not None:
            field_dict["failed"] = self.failed

        if self.messages is not None:
            field_dict["messages"] = self.messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device = d.pop("device", UNSET)

        try:
            _status = d.get("status", UNSET)
            status: QueueStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = QueueStatusStatus(_status)

        except LENIENT:
            status = UNSET
        else:
            d.pop("status", None)

        try:
            _status_updated_at = d.get("statusUpdatedAt", UNSET)
            status_updated_at: datetime.datetime | Unset
            if isinstance(_status_updated_at, Unset):
                status_updated_at = UNSET
            else:
                status_updated_at = datetime.datetime.fromisoformat(_status_updated_at)

        except LENIENT:
            status_updated_at = UNSET
        else:
            d.pop("statusUpdatedAt", None)

        total = d.pop("total", UNSET)

        pending = d.pop("pending", UNSET)

        queued = d.pop("queued", UNSET)

        processing = d.pop("processing", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        failed = d.pop("failed", UNSET)

        messages = d.pop("messages", UNSET)

        queue_status = cls(
            device=None if isinstance(device, Unset) else device,
            status=None if isinstance(status, Unset) else status,
            status_updated_at=None if isinstance(status_updated_at, Unset) else status_updated_at,
            total=None if isinstance(total, Unset) else total,
            pending=None if isinstance(pending, Unset) else pending,
            queued=None if isinstance(queued, Unset) else queued,
            processing=None if isinstance(processing, Unset) else processing,
            scheduled=None if isinstance(scheduled, Unset) else scheduled,
            failed=None if isinstance(failed, Unset) else failed,
            messages=None if isinstance(messages, Unset) else messages,
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
