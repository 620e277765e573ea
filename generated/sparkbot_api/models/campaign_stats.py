from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CampaignStats")


@_attrs_define
class CampaignStats:
    """
    Attributes:
        total (int | None)
        processed (int | None)
        delivered (int | None)
        read (int | None)
        failed (int | None)
        excluded (int | None)
        invalid (int | None)
    """

    total: int | None = None
    processed: int | None = None
    delivered: int | None = None
    read: int | None = None
    failed: int | None = None
    excluded: int | None = None
    invalid: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _total_value = UNSET if self.total is None else self.total
        total = _total_value
        if total is not UNSET:
            field_dict["total"] = total

        _processed_value = UNSET if self.processed is None else self.processed
        processed = _processed_value
        if processed is not UNSET:
            field_dict["processed"] = processed

        _delivered_value = UNSET if self.delivered is None else self.delivered
        delivered = _delivered_value
        if delivered is not UNSET:
            field_dict["delivered"] = delivered

        _read_value = UNSET if self.read is None else self.read
        read = _read_value
        if read is not UNSET:
            field_dict["read"] = read

        _failed_value = UNSET if self.failed is None else self.failed
        failed = _failed_value
        if failed is not UNSET:
            field_dict["failed"] = failed

        _excluded_value = UNSET if self.excluded is None else self.excluded
        excluded = _excluded_value
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

        _invalid_value = UNSET if self.invalid is None else self.invalid
        invalid = _invalid_value
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        processed = d.pop("processed", UNSET)

        delivered = d.pop("delivered", UNSET)

        read = d.pop("read", UNSET)

        failed = d.pop("failed", UNSET)

        excluded = d.pop("excluded", UNSET)

        invalid = d.pop("invalid", UNSET)

        campaign_stats = cls(
            total=None if isinstance(total, Unset) else total,
            processed=None if isinstance(processed, Unset) else processed,
            delivered=None if isinstance(delivered, Unset) else delivered,
            read=None if isinstance(read, Unset) else read,
            failed=None if isinstance(failed, Unset) else failed,
            excluded=None if isinstance(excluded, Unset) else excluded,
            invalid=None if isinstance(invalid, Unset) else invalid,
        )

        campaign_stats.additional_properties = d
        return campaign_stats

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
