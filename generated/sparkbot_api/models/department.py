from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="Department")


@_attrs_define
class Department:
    """Team department.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (DepartmentUserType1 | str | None): an id, or the document itself.
        owner (DepartmentOwnerType1 | str | None): an id, or the document itself.
        device (DepartmentDeviceType1 | str | None): an id, or the document itself.
        name (str | None)
        icon (str | None)
        color (str | None)
        description (str | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
    """

    id: str
    user: DepartmentUserType1 | str | None = None
    owner: DepartmentOwnerType1 | str | None = None
    device: DepartmentDeviceType1 | str | None = None
    name: str | None = None
    icon: str | None = None
    color: str | None = None
    description: str | None = None
    created_at: datetime.datetime | None = None
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
        if self.id is not None:
            field_dict["id"] = self.id

        _user_value = UNSET if self.user is None else self.user
        user: dict[str, Any] | str | Unset
        if isinstance(_user_value, Unset):
            user = UNSET
        elif isinstance(_user_value, DepartmentUserType1):
            user = _user_value.to_dict()
        else:
            user = _user_value
        if user is not UNSET:
            field_dict["user"] = user

        _owner_value = UNSET if self.owner is None else self.owner
        owner: dict[str, Any] | str | Unset
        if isinstance(_owner_value, Unset):
            owner = UNSET
        elif isinstance(_owner_value, DepartmentOwnerType1):
            owner = _owner_value.to_dict()
        else:
            owner = _owner_value
        if owner is not UNSET:
            field_dict["owner"] = owner

        _device_value = UNSET if self.device is None else self.device
        device: dict[str, Any] | str | Unset
        if isinstance(_device_value, Unset):
            device = UNSET
        elif isinstance(_device_value, DepartmentDeviceType1):
            device = _device_value.to_dict()
        else:
            device = _device_value
        if device is not UNSET:
            field_dict["device"] = device

        if self.name is not None:
            field_dict["name"] = self.name

        if self.icon is not None:
            field_dict["icon"] = self.icon

        if self.color is not None:
            field_dict["color"] = self.color

        if self.description is not None:
            field_dict["description"] = self.description

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: None | str | Unset
        if isinstance(_created_at_value, Unset):
            created_at = UNSET
        elif isinstance(_created_at_value, datetime.datetime):
            created_at = api_datetime(_created_at_value)
        else:
            created_at = _created_at_value
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

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
        id = d.pop("id", UNSET)

        try:

            def _parse_user(data: object) -> DepartmentUserType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    user_type_1 = DepartmentUserType1.from_dict(data)

                    return user_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DepartmentUserType1 | str | Unset, data)

            user = _parse_user(d.get("user", UNSET))

        except LENIENT:
            user = UNSET
        else:
            d.pop("user", None)

        try:

            def _parse_owner(data: object) -> DepartmentOwnerType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    owner_type_1 = DepartmentOwnerType1.from_dict(data)

                    return owner_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DepartmentOwnerType1 | str | Unset, data)

            owner = _parse_owner(d.get("owner", UNSET))

        except LENIENT:
            owner = UNSET
        else:
            d.pop("owner", None)

        try:

            def _parse_device(data: object) -> DepartmentDeviceType1 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    device_type_1 = DepartmentDeviceType1.from_dict(data)

                    return device_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DepartmentDeviceType1 | str | Unset, data)

            device = _parse_device(d.get("device", UNSET))

        except LENIENT:
            device = UNSET
        else:
            d.pop("device", None)

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


from ..models.department_device_type_1 import DepartmentDeviceType1  # noqa: E402
from ..models.department_owner_type_1 import DepartmentOwnerType1  # noqa: E402
from ..models.department_user_type_1 import DepartmentUserType1  # noqa: E402
