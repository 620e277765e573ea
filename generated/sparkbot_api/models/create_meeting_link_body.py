from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_expiration import MeetingExpiration
from ..models.meeting_kind import MeetingKind
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateMeetingLinkBody")


@_attrs_define
class CreateMeetingLinkBody:
    """
    Attributes:
        kind (MeetingKind):
        message (str | Unset): Call Description.
        expiration (MeetingExpiration | Unset):
    """

    kind: MeetingKind
    message: str | Unset = UNSET
    expiration: MeetingExpiration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        message = self.message

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = MeetingKind(d.pop("kind"))

        message = d.pop("message", UNSET)

        _expiration = d.pop("expiration", UNSET)
        expiration: MeetingExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = MeetingExpiration(_expiration)

        create_meeting_link_body = cls(
            kind=kind,
            message=message,
            expiration=expiration,
        )

        create_meeting_link_body.additional_properties = d
        return create_meeting_link_body

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
