from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_reply_scope import QuickReplyScope
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="QuickReply")


@_attrs_define
class QuickReply:
    """Quick reply.

    Attributes:
        id (str | Unset): Quick reply ID (not in the Swagger; PATCH /quickReplies selects by id).
        shortcut (str | Unset):
        message (str | Unset):
        scope (QuickReplyScope | Unset):
        active (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    shortcut: str | Unset = UNSET
    message: str | Unset = UNSET
    scope: QuickReplyScope | Unset = UNSET
    active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        shortcut = self.shortcut

        message = self.message

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        active = self.active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if shortcut is not UNSET:
            field_dict["shortcut"] = shortcut
        if message is not UNSET:
            field_dict["message"] = message
        if scope is not UNSET:
            field_dict["scope"] = scope
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        shortcut = d.pop("shortcut", UNSET)

        message = d.pop("message", UNSET)

        _scope = d.pop("scope", UNSET)
        scope: QuickReplyScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = QuickReplyScope(_scope)

        active = d.pop("active", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        quick_reply = cls(
            id=id,
            shortcut=shortcut,
            message=message,
            scope=scope,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
        )

        quick_reply.additional_properties = d
        return quick_reply

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
