from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="Department")


@_attrs_define
class Department:
    """Team department.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (str | None)
        owner (str | None)
        device (str | None)
        name (str | None)
        icon (str | None)
        color (str | None)
        description (str | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
    """

    id: str
    user: str | None = None
    owner: str | None = None
    device: str | None = None
    name: str | None = None
    icon: str | None = None
    color: str | None = None
    description: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:  # a reply may lack even a required field
            id = self.id
            field_dict["id"] = id

        _user_value = UNSET if self.user is None else self.user
        user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _owner_value = UNSET if self.owner is None else self.owner
        owner = _owner_value
        if owner is not UNSET:
            field_dict["owner"] = owner

        _device_value = UNSET if self.device is None else self.device
        device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        _name_value = UNSET if self.name is None else self.name
        name = _name_value
        if name is not UNSET:
            field_dict["name"] = name

        _icon_value = UNSET if self.icon is None else self.icon
        icon = _icon_value
        if icon is not UNSET:
            field_dict["icon"] = icon

        _color_value = UNSET if self.color is None else self.color
        color = _color_value
        if color is not UNSET:
            field_dict["color"] = color

        _description_value = UNSET if self.description is None else self.description
        description = _description_value
        if description is not UNSET:
            field_dict["description"] = description

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = _created_at_value.isoformat()
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at
        updated_at: None | str | Unset
        if isinstance(_updated_at_value, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_value, datetime.datetime):
            updated_at = _updated_at_value.isoformat()
        else:
            updated_at = _updated_at_value
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user = d.pop("user", UNSET)

        owner = d.pop("owner", UNSET)

        device = d.pop("device", UNSET)

        name = d.pop("name", UNSET)

        icon = d.pop("icon", UNSET)

        color = d.pop("color", UNSET)

        description = d.pop("description", UNSET)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_at_type_0 = datetime.datetime.fromisoformat(data)

                    return created_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                raise TypeError(f"unexpected {type(data).__name__}")

            created_at = _parse_created_at(d.get("createdAt", UNSET))

        except LENIENT:
            created_at = UNSET
        else:
            d.pop("createdAt", None)

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

        department = cls(
            id=cast(Any, None) if isinstance(id, Unset) else id,
            user=None if isinstance(user, Unset) else user,
            owner=None if isinstance(owner, Unset) else owner,
            device=None if isinstance(device, Unset) else device,
            name=None if isinstance(name, Unset) else name,
            icon=None if isinstance(icon, Unset) else icon,
            color=None if isinstance(color, Unset) else color,
            description=None if isinstance(description, Unset) else description,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )

        department.additional_properties = d
        return department

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
