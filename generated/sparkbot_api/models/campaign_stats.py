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
        total (int | Unset):
        processed (int | Unset):
        delivered (int | Unset):
        read (int | Unset):
        failed (int | Unset):
        excluded (int | Unset):
        invalid (int | Unset):
    """

    total: int | Unset = UNSET
    processed: int | Unset = UNSET
    delivered: int | Unset = UNSET
    read: int | Unset = UNSET
    failed: int | Unset = UNSET
    excluded: int | Unset = UNSET
    invalid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        processed = self.processed

        delivered = self.delivered

        read = self.read

        failed = self.failed

        excluded = self.excluded

        invalid = self.invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if processed is not UNSET:
            field_dict["processed"] = processed
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if read is not UNSET:
            field_dict["read"] = read
        if failed is not UNSET:
            field_dict["failed"] = failed
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
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
            total=total,
            processed=processed,
            delivered=delivered,
            read=read,
            failed=failed,
            excluded=excluded,
            invalid=invalid,
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
