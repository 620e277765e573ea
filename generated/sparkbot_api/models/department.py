from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ApiModel, compact_repr, either, nullable


@_attrs_define
class Department(ApiModel):
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


from ..models.department_device_type_1 import DepartmentDeviceType1  # noqa: E402
from ..models.department_owner_type_1 import DepartmentOwnerType1  # noqa: E402
from ..models.department_user_type_1 import DepartmentUserType1  # noqa: E402

Department._api_fields = {
    "id": ("id", None),
    "user": ("user", either((dict, DepartmentUserType1.from_dict), as_is=True)),
    "owner": ("owner", either((dict, DepartmentOwnerType1.from_dict), as_is=True)),
    "device": ("device", either((dict, DepartmentDeviceType1.from_dict), as_is=True)),
    "name": ("name", None),
    "icon": ("icon", None),
    "color": ("color", None),
    "description": ("description", None),
    "createdAt": ("created_at", nullable(datetime.datetime.fromisoformat)),
    "updatedAt": ("updated_at", nullable(datetime.datetime.fromisoformat)),
}
