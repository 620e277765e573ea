from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_queue_status_body_status import SetQueueStatusBodyStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SetQueueStatusBody")


@_attrs_define
class SetQueueStatusBody:
    """
    Attributes:
        status (SetQueueStatusBodyStatus): Status. API default: active.
        force (bool | Unset): Force Delivery.
    """

    status: SetQueueStatusBodyStatus
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = SetQueueStatusBodyStatus(d.pop("status"))

        force = d.pop("force", UNSET)

        set_queue_status_body = cls(
            status=status,
            force=force,
        )

        set_queue_status_body.additional_properties = d
        return set_queue_status_body

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
