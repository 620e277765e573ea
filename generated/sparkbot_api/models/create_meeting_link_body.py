from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_expiration import MeetingExpiration
from ..models.meeting_kind import MeetingKind
from ..types import LENIENT, UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateMeetingLinkBody")


@_attrs_define
class CreateMeetingLinkBody:
    """
    Attributes:
        kind (MeetingKind)
        message (str | None): Call Description.
        expiration (MeetingExpiration | None)
    """

    kind: MeetingKind
    message: str | None = None
    expiration: MeetingExpiration | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = compact_repr  # sparkbot: show only the fields that are set

    def to_json(self) -> str:
        """The model as a JSON string, as the API writes it (`to_dict()` gives the same as plain data)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.kind is not None:  # a reply may lack even a required field
            kind = self.kind.value
            field_dict["kind"] = kind

        _message_value = UNSET if self.message is None else self.message
        message = _message_value
        if message is not UNSET:
            field_dict["message"] = message

        _expiration_value = UNSET if self.expiration is None else self.expiration
        expiration: str | Unset = UNSET
        if not isinstance(_expiration_value, Unset):
            expiration = _expiration_value.value

        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind: MeetingKind | Unset
        try:
            kind = MeetingKind(d["kind"])

        except LENIENT:
            kind = UNSET
        else:
            d.pop("kind", None)

        message = d.pop("message", UNSET)

        try:
            _expiration = d.get("expiration", UNSET)
            expiration: MeetingExpiration | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = MeetingExpiration(_expiration)

        except LENIENT:
            expiration = UNSET
        else:
            d.pop("expiration", None)

        create_meeting_link_body = cls(
            kind=cast(Any, None) if isinstance(kind, Unset) else kind,
            message=None if isinstance(message, Unset) else message,
            expiration=None if isinstance(expiration, Unset) else expiration,
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
