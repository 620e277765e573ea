from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_permissions_mode import ChatPermissionsMode
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="ChatPermissions")


@_attrs_define
class ChatPermissions:
    """
    Attributes:
        active (bool | None)
        mode (ChatPermissionsMode | None)
        updated_by (str | None)
        updated_at (datetime.datetime | None)
    """

    active: bool | None = None
    mode: ChatPermissionsMode | None = None
    updated_by: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.active is not None:
            field_dict["active"] = self.active

        _mode_value = UNSET if self.mode is None else self.mode
        mode: str | Unset = UNSET
        if not isinstance(_mode_value, Unset):
            mode = _mode_value.value

        if mode is not UNSET:
            field_dict["mode"] = mode

        if self.updated_by is not None:
            field_dict["updatedBy"] = self.updated_by

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = api_datetime(_updated_at_value)
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        try:
            _mode = d.get("mode", UNSET)
            mode: ChatPermissionsMode | Unset
            if isinstance(_mode, Unset):
                mode = UNSET
            else:
                mode = ChatPermissionsMode(_mode)

        except LENIENT:
            mode = UNSET
        else:
            d.pop("mode", None)

        updated_by = d.pop("updatedBy", UNSET)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            updated_at = _parse_updated_at(d.get("updatedAt", UNSET))

        except LENIENT:
            updated_at = UNSET
        else:
            d.pop("updatedAt", None)

        chat_permissions = cls(
            active=None if isinstance(active, Unset) else active,
            mode=None if isinstance(mode, Unset) else mode,
            updated_by=None if isinstance(updated_by, Unset) else updated_by,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )

        chat_permissions.additional_properties = d
        return chat_permissions

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
