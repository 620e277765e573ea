from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revoke_device_access_body_action import RevokeDeviceAccessBodyAction
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="RevokeDeviceAccessBody")


@_attrs_define
class RevokeDeviceAccessBody:
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

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _id_value = UNSET if self.id is None else self.id
        id = _id_value
        if id is not UNSET:
            field_dict["id"] = id

        _email_value = UNSET if self.email is None else self.email
        email = _email_value
        if email is not UNSET:
            field_dict["email"] = email

        _action_value = UNSET if self.action is None else self.action
        action: str | Unset = UNSET
        if not isinstance(_action_value, Unset):
            action = _action_value.value

        if action is not UNSET:
            field_dict["action"] = action

        _assign_value = UNSET if self.assign is None else self.assign
        assign = _assign_value
        if assign is not UNSET:
            field_dict["assign"] = assign

        _remove_value = UNSET if self.remove is None else self.remove
        remove = _remove_value
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        try:
            _action = d.get("action", UNSET)
            action: RevokeDeviceAccessBodyAction | Unset
            if isinstance(_action, Unset):
                action = UNSET
            else:
                action = RevokeDeviceAccessBodyAction(_action)

        except LENIENT:
            action = UNSET
        else:
            d.pop("action", None)

        assign = d.pop("assign", UNSET)

        remove = d.pop("remove", UNSET)

        revoke_device_access_body = cls(
            id=None if isinstance(id, Unset) else id,
            email=None if isinstance(email, Unset) else email,
            action=None if isinstance(action, Unset) else action,
            assign=None if isinstance(assign, Unset) else assign,
            remove=None if isinstance(remove, Unset) else remove,
        )

        revoke_device_access_body.additional_properties = d
        return revoke_device_access_body

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
