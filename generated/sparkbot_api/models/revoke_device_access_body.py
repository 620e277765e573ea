from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revoke_device_access_body_action import RevokeDeviceAccessBodyAction
from ..types import ApiModel, compact_repr, member


@_attrs_define
class RevokeDeviceAccessBody(ApiModel):
    """
    Attributes:
        id (str | None): User ID.
        email (str | None): Email.
        action (RevokeDeviceAccessBodyAction | None): Action. API default: unassign.
        assign (str | None): Reassign To User ID.
        remove (bool | None): Remove Completely.
    """

    id: str | None = None
    email: str | None = None
    action: RevokeDeviceAccessBodyAction | None = None
    assign: str | None = None
    remove: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set


RevokeDeviceAccessBody._api_fields = {
    "id": ("id", None),
    "email": ("email", None),
    "action": ("action", member(RevokeDeviceAccessBodyAction)),
    "assign": ("assign", None),
    "remove": ("remove", None),
}
