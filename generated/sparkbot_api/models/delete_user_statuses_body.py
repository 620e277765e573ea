from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="DeleteUserStatusesBody")


@_attrs_define
class DeleteUserStatusesBody:
    """
    Attributes:
        scheduled (list[str] | None): Scheduled Status IDs.
        status (list[str] | None): Status IDs.
    """

    scheduled: list[str] | None = None
    status: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _scheduled_value = UNSET if self.scheduled is None else self.scheduled
        scheduled: list[str] | Unset = UNSET
        if not isinstance(_scheduled_value, Unset):
            scheduled = _scheduled_value

        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        _status_value = UNSET if self.status is None else self.status
        status: list[str] | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value

        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled = cast(list[str], d.pop("scheduled", UNSET))

        status = cast(list[str], d.pop("status", UNSET))

        delete_user_statuses_body = cls(
            scheduled=None if isinstance(scheduled, Unset) else scheduled,
            status=None if isinstance(status, Unset) else status,
        )

        delete_user_statuses_body.additional_properties = d
        return delete_user_statuses_body

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
