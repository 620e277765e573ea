from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_reply_scope import QuickReplyScope
from ..types import LENIENT, UNSET, Unset, api_datetime, compact_repr

T = TypeVar("T", bound="QuickReply")


@_attrs_define
class QuickReply:
    """Quick reply.

    Attributes:
        id (str | None): Quick reply ID (not in the Swagger; PATCH /quickReplies selects by id).
        shortcut (str | None)
        message (str | None)
        scope (QuickReplyScope | None)
        active (bool | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
    """

    id: str | None = None
    shortcut: str | None = None
    message: str | None = None
    scope: QuickReplyScope | None = None
    active: bool | None = None
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

        if self.shortcut is not None:
            field_dict["shortcut"] = self.shortcut

        if self.message is not None:
            field_dict["message"] = self.message

        _scope_value = UNSET if self.scope is None else self.scope
        scope: str | Unset = UNSET
        if not isinstance(_scope_value, Unset):
            scope = _scope_value.value

        if scope is not UNSET:
            field_dict["scope"] = scope

        if self.active is not None:
            field_dict["active"] = self.active

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

        shortcut = d.pop("shortcut", UNSET)

        message = d.pop("message", UNSET)

        try:
            _scope = d.get("scope", UNSET)
            scope: QuickReplyScope | Unset
            if isinstance(_scope, Unset):
                scope = UNSET
            else:
                scope = QuickReplyScope(_scope)

        except LENIENT:
            scope = UNSET
        else:
            d.pop("scope", None)

        active = d.pop("active", UNSET)

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

        quick_reply = cls(
            id=None if isinstance(id, Unset) else id,
            shortcut=None if isinstance(shortcut, Unset) else shortcut,
            message=None if isinstance(message, Unset) else message,
            scope=None if isinstance(scope, Unset) else scope,
            active=None if isinstance(active, Unset) else active,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
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
