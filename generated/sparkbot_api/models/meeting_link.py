from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_link_kind import MeetingLinkKind
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="MeetingLink")


@_attrs_define
class MeetingLink:
    """WhatsApp call (meeting) link.

    Attributes:
        id (str): MongoDB ObjectId (24 hex characters).
        user (str | Unset):
        device (str | Unset):
        kind (MeetingLinkKind | Unset):
        token (str | Unset):
        message (str | Unset):
        expires_at (datetime.datetime | Unset):
    """

    id: str
    user: str | Unset = UNSET
    device: str | Unset = UNSET
    kind: MeetingLinkKind | Unset = UNSET
    token: str | Unset = UNSET
    message: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user = self.user

        device = self.device

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        token = self.token

        message = self.message

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if device is not UNSET:
            field_dict["device"] = device
        if kind is not UNSET:
            field_dict["kind"] = kind
        if token is not UNSET:
            field_dict["token"] = token
        if message is not UNSET:
            field_dict["message"] = message
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user = d.pop("user", UNSET)

        device = d.pop("device", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: MeetingLinkKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = MeetingLinkKind(_kind)

        token = d.pop("token", UNSET)

        message = d.pop("message", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        meeting_link = cls(
            id=id,
            user=user,
            device=device,
            kind=kind,
            token=token,
            message=message,
            expires_at=expires_at,
        )

        meeting_link.additional_properties = d
        return meeting_link

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
